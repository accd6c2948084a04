package org.communitypartners.partners.orders.web;

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
import org.communitypartners.partners.api.CloseReason;
import org.communitypartners.partners.api.WorkOrderStatus;
import org.communitypartners.partners.orders.domain.Actor;
import org.communitypartners.partners.orders.domain.Channel;
import org.communitypartners.partners.orders.domain.Escalation;
import org.communitypartners.partners.orders.domain.SlaClock;
import org.communitypartners.partners.orders.domain.TimelineEntry;
import org.communitypartners.partners.orders.domain.WorkOrderStep;
import org.junit.jupiter.api.Test;

/** Every state, step and event of a work order reads in Chinese and in English. */
class OrderBundlesTest {

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = OrderBundlesTest.class.getResourceAsStream(
                "/org/communitypartners/partners/messages_" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyWorkOrderLabelExistsInBothLanguages() throws IOException {
        List<String> keys = new ArrayList<>();
        Stream.of(WorkOrderStatus.values()).forEach(v -> keys.add("orderStatus." + v));
        Stream.of(WorkOrderStep.values()).forEach(v -> keys.add("orderStep." + v));
        Stream.of(TimelineEntry.Kind.values()).forEach(v -> keys.add("event." + v));
        Stream.of(Actor.values()).forEach(v -> keys.add("actor." + v));
        Stream.of(Channel.values()).forEach(v -> keys.add("channel." + v));
        Stream.of(Escalation.values()).forEach(v -> keys.add("escalation." + v));
        Stream.of(CloseReason.values()).forEach(v -> keys.add("closeReason." + v));
        Stream.of(SlaClock.Phase.values()).forEach(v -> keys.add("clock." + v));
        for (String language : List.of("zh_CN", "en")) {
            Properties bundle = bundle(language);
            assertEquals(List.of(), keys.stream().filter(k -> !bundle.containsKey(k)).toList(), language);
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        TreeSet<Object> chinese = new TreeSet<>(bundle("zh_CN").keySet());
        TreeSet<Object> english = new TreeSet<>(bundle("en").keySet());

        assertEquals(chinese, english);
    }
}
