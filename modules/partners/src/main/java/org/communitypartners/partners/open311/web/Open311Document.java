package org.communitypartners.partners.open311.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A GeoReport response before it is written: a root element and its items. In JSON a list
 * document is an array of objects and a single one ({@code service_definition},
 * {@code discovery}) is one object; in XML the root element holds the items (or, for a single
 * document, the fields). Values are strings, numbers, booleans, null or {@link Nested} lists.
 */
public record Open311Document(String root, String item, List<Map<String, Object>> items, boolean single) {

    /** A nested list: in XML each element is wrapped in {@code item}; elements are maps or strings. */
    public record Nested(String item, List<?> elements) {
    }

    /** Fields in the order given (name, value, name, value, ...), as the spec lists them. */
    public static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    public static Open311Document list(String root, String item, List<Map<String, Object>> items) {
        return new Open311Document(root, item, items, false);
    }

    public static Open311Document single(String root, Map<String, Object> fields) {
        return new Open311Document(root, null, List.of(fields), true);
    }
}
