package org.communitypartners.property.fees.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.communitypartners.property.fees.domain.FeeBasis;
import org.communitypartners.property.fees.domain.PaymentMethod;
import org.junit.jupiter.api.Test;

/** Every pricing basis and payment method reads in Chinese and in English, and both bundles have the same keys. */
class FeeBundlesTest {

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FeeBundlesTest.class.getResourceAsStream(
                "/org/communitypartners/property/messages_" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyBasisAndMethodHasItsLabels() throws IOException {
        List<String> keys = new ArrayList<>();
        Stream.of(FeeBasis.values()).forEach(b -> keys.addAll(List.of("fees.basis." + b, "fees.per." + b)));
        Stream.of(PaymentMethod.values()).forEach(m -> keys.add("fees.method." + m));
        for (String language : List.of("zh_CN", "en")) {
            Properties bundle = bundle(language);
            assertEquals(List.of(), keys.stream().filter(k -> !bundle.containsKey(k)).toList(), language);
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(bundle("zh_CN").keySet()), new TreeSet<>(bundle("en").keySet()));
    }
}
