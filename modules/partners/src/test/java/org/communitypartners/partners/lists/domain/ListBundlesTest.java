package org.communitypartners.partners.lists.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.communitypartners.partners.api.MatchOutcome;
import org.communitypartners.partners.api.ServiceCategory;
import org.junit.jupiter.api.Test;

/** Every label and rule of the three lists reads in Chinese and in English. */
class ListBundlesTest {
    private static final Pattern RULE_KEY = Pattern.compile(
            "(?:ListRules\\.(?:violation|required|optional|present)|new RuleViolation)\\([^\"]*\"([a-zA-Z]+\\.[a-zA-Z.]+)\"");

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ListBundlesTest.class.getResourceAsStream(
                "/org/communitypartners/partners/messages_" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyChoiceHasALabelInBothLanguages() throws IOException {
        List<String> keys = new ArrayList<>();
        Stream.of(ServiceCategory.values()).forEach(v -> keys.add("category." + v));
        Stream.of(NeedStatus.values()).forEach(v -> keys.add("needStatus." + v));
        Stream.of(Urgency.values()).forEach(v -> keys.add("urgency." + v));
        Stream.of(NeedSource.values()).forEach(v -> keys.add("source." + v));
        Stream.of(ResourceType.values()).forEach(v -> keys.add("resourceType." + v));
        Stream.of(Eligibility.values()).forEach(v -> keys.add("eligibility." + v));
        Stream.of(MatchOutcome.values()).forEach(v -> keys.add("outcome." + v));
        Stream.of(OfferKind.values()).forEach(v -> keys.add("offerKind." + v));
        Stream.of(PlaceTier.values()).forEach(v -> keys.add("tier." + v));
        for (String language : List.of("zh_CN", "en")) {
            Properties bundle = bundle(language);
            assertEquals(List.of(), keys.stream().filter(k -> !bundle.containsKey(k)).toList(), language);
        }
    }

    @Test
    void everyRuleOfTheListsIsWordedInBothLanguages() throws IOException {
        TreeSet<String> keys = new TreeSet<>();
        Path sources = Path.of("src/main/java/org/communitypartners/partners/lists");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher key = RULE_KEY.matcher(Files.readString(file).replaceAll("\\s+", " "));
                while (key.find()) {
                    keys.add(key.group(1));
                }
            }
        }
        assertTrue(keys.size() > 20, "the scan finds the rules: " + keys);
        for (String language : List.of("zh_CN", "en")) {
            Properties bundle = bundle(language);
            assertEquals(List.of(), keys.stream().filter(k -> !bundle.containsKey(k)).toList(), language);
        }
    }
}
