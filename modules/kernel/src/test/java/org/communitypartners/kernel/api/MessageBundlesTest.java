package org.communitypartners.kernel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every text the kernel shows exists in Chinese and in English. */
class MessageBundlesTest {

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        for (String bundle : new String[] {"messages", "validation"}) {
            Set<String> chinese = keys(bundle + "_zh_CN");
            Set<String> english = keys(bundle + "_en");
            assertEquals(chinese, english, bundle + ": keys only in one language");
            assertTrue(chinese.size() > 5, bundle + " is loaded");
        }
    }

    @Test
    void ruleViolationsAreWordedInTheCallersLanguage() {
        RuleViolation violation = RuleViolation.kernel("code.prefix", "341182001000", "341181");
        assertEquals("代码 341182001000 必须以上级代码的前缀 341181 开头。", KernelBundle.format(violation, Locale.SIMPLIFIED_CHINESE));
        assertEquals("Code 341182001000 must start with the parent's prefix 341181.",
                KernelBundle.format(violation, Locale.ENGLISH));
    }

    @Test
    void missingTextShowsItsKeyInsteadOfBreakingThePage() {
        assertEquals("no.such.key", KernelBundle.format(KernelBundle.NAME, Locale.ENGLISH, "no.such.key"));
    }

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(
                "/org/communitypartners/kernel/" + file + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
