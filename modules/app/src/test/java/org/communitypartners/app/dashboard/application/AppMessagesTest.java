package org.communitypartners.app.dashboard.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The WAR's own texts (the dashboard) exist in Chinese and in English. */
class AppMessagesTest {

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> chinese = keys("messages_zh_CN");
        assertEquals(chinese, keys("messages_en"));
        assertTrue(chinese.contains("dashboard.title"));
    }

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AppMessagesTest.class.getResourceAsStream(
                "/org/communitypartners/app/" + file + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
