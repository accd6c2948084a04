package org.communitypartners.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The project's Open311 GeoReport v2 conformance checks, for JSON and XML alike: each response
 * is read into items of fields (JSON objects, or the item elements under the XML root), then
 * the fields the spec requires are checked for presence, type and allowed values. In JSON ids
 * and codes must be strings, booleans booleans and lat/long numbers; in XML, where everything
 * is text, their text must read as such.
 */
final class Open311Conformance {
    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    private static final Pattern ISO_8601 = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");
    private static final Set<String> SERVICE_TYPES = Set.of("realtime", "batch", "blackbox");
    private static final Set<String> DATATYPES = Set.of("string", "number", "datetime", "text", "singlevaluelist",
            "multivaluelist");
    private static final Set<String> STATUSES = Set.of("open", "closed");
    private static final List<String> REQUEST_FIELDS = List.of("service_request_id", "status", "status_notes",
            "service_name", "service_code", "description", "agency_responsible", "service_notice",
            "requested_datetime", "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat",
            "long", "media_url");

    /** What a POST answered. */
    record Receipt(String serviceRequestId, String token) {
    }

    private Open311Conformance() {
    }

    static void discovery(String format, HttpResponse<String> response) {
        Map<String, Object> discovery = single(format, response, "discovery");
        time(format, discovery, "changeset", false);
        text(format, discovery, "contact", false);
        text(format, discovery, "key_service", false);
        List<Map<String, Object>> endpoints = nested(discovery, "endpoints");
        assertFalse(endpoints.isEmpty(), "discovery lists its endpoints");
        for (Map<String, Object> endpoint : endpoints) {
            assertEquals(SPECIFICATION, text(format, endpoint, "specification", false));
            assertTrue(text(format, endpoint, "url", false).endsWith("/open311/v2"), endpoint.toString());
            time(format, endpoint, "changeset", false);
            oneOf(format, endpoint, "type", Set.of("production", "test"));
            List<?> formats = list(endpoint, "formats");
            assertTrue(formats.contains("text/xml") && formats.contains("application/json"), formats.toString());
        }
    }

    /** Checks GET services; answers the service codes. */
    static List<String> services(String format, HttpResponse<String> response) {
        List<String> codes = new ArrayList<>();
        for (Map<String, Object> service : items(format, response, "services", "service")) {
            codes.add(text(format, service, "service_code", false));
            text(format, service, "service_name", false);
            text(format, service, "description", true);
            bool(format, service, "metadata");
            oneOf(format, service, "type", SERVICE_TYPES);
            text(format, service, "keywords", true);
            text(format, service, "group", true);
        }
        assertFalse(codes.isEmpty(), "services are listed");
        return codes;
    }

    /** Checks GET a service definition; answers its attributes by code. */
    static Map<String, Map<String, Object>> serviceDefinition(String format, HttpResponse<String> response,
                                                            String serviceCode) {
        Map<String, Object> definition = single(format, response, "service_definition");
        assertEquals(serviceCode, text(format, definition, "service_code", false));
        Map<String, Map<String, Object>> attributes = new LinkedHashMap<>();
        for (Map<String, Object> attribute : nested(definition, "attributes")) {
            bool(format, attribute, "variable");
            String code = text(format, attribute, "code", false);
            String datatype = oneOf(format, attribute, "datatype", DATATYPES);
            bool(format, attribute, "required");
            text(format, attribute, "datatype_description", true);
            BigDecimal order = number(format, attribute, "order", false);
            assertTrue(order.signum() > 0, "order is a positive integer");
            text(format, attribute, "description", false);
            List<Map<String, Object>> values = nested(attribute, "values");
            if (datatype.endsWith("valuelist")) {
                assertFalse(values.isEmpty(), code + " lists its values");
            }
            for (Map<String, Object> value : values) {
                text(format, value, "key", false);
                text(format, value, "name", false);
            }
            attributes.put(code, attribute);
        }
        return attributes;
    }

    static Receipt postReceipt(String format, HttpResponse<String> response) {
        List<Map<String, Object>> answered = items(format, response, "service_requests", "request");
        assertEquals(1, answered.size(), "one request posted, one answered");
        Map<String, Object> request = answered.get(0);
        String id = text(format, request, "service_request_id", true);
        String token = text(format, request, "token", true);
        assertTrue(id != null && !id.isEmpty() || token != null && !token.isEmpty(), "an id or a token is answered");
        text(format, request, "service_notice", true);
        text(format, request, "account_id", true);
        return new Receipt(id, token);
    }

    /** Checks GET tokens; answers the service_request_id. */
    static String token(String format, HttpResponse<String> response, String token) {
        List<Map<String, Object>> answered = items(format, response, "service_requests", "request");
        assertEquals(1, answered.size());
        assertEquals(token, text(format, answered.get(0), "token", false));
        return text(format, answered.get(0), "service_request_id", false);
    }

    /** Checks GET requests (or one request); answers the requests by id. */
    static Map<String, Map<String, Object>> requests(String format, HttpResponse<String> response) {
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        for (Map<String, Object> request : items(format, response, "service_requests", "request")) {
            REQUEST_FIELDS.forEach(field -> assertTrue(request.containsKey(field), field + " in " + request));
            String id = text(format, request, "service_request_id", false);
            oneOf(format, request, "status", STATUSES);
            text(format, request, "status_notes", true);
            text(format, request, "service_name", false);
            text(format, request, "service_code", false);
            text(format, request, "description", false);
            text(format, request, "agency_responsible", true);
            text(format, request, "service_notice", true);
            time(format, request, "requested_datetime", false);
            time(format, request, "updated_datetime", true);
            time(format, request, "expected_datetime", true);
            text(format, request, "address", true);
            text(format, request, "address_id", true);
            text(format, request, "zipcode", true);
            BigDecimal lat = number(format, request, "lat", true);
            BigDecimal lon = number(format, request, "long", true);
            assertEquals(lat == null, lon == null, "lat and long come together");
            text(format, request, "media_url", true);
            byId.put(id, request);
        }
        return byId;
    }

    /** Checks FixMyStreet's GET servicerequestupdates; answers the updates in order. */
    static List<Map<String, Object>> updates(String format, HttpResponse<String> response) {
        List<Map<String, Object>> updates = items(format, response, "service_requests_updates", "request_update");
        for (Map<String, Object> update : updates) {
            text(format, update, "update_id", false);
            text(format, update, "service_request_id", false);
            oneOf(format, update, "status", STATUSES);
            time(format, update, "updated_datetime", false);
            text(format, update, "description", false);
            text(format, update, "media_url", true);
        }
        return updates;
    }

    /** Checks an error answer: the HTTP status and the spec's list of {code, description}; answers the descriptions. */
    static List<String> error(String format, HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        contentType(format, response);
        List<Map<String, Object>> errors = parse(format, response.body(), "errors", "error");
        assertFalse(errors.isEmpty(), "an error body lists its errors");
        List<String> descriptions = new ArrayList<>();
        for (Map<String, Object> error : errors) {
            assertEquals(BigDecimal.valueOf(status), number(format, error, "code", false));
            String description = text(format, error, "description", false);
            assertFalse(description.isBlank(), "errors are described");
            descriptions.add(description);
        }
        return descriptions;
    }

    private static List<Map<String, Object>> items(String format, HttpResponse<String> response, String root,
                                                   String item) {
        assertEquals(200, response.statusCode(), response.body());
        contentType(format, response);
        return parse(format, response.body(), root, item);
    }

    private static Map<String, Object> single(String format, HttpResponse<String> response, String root) {
        List<Map<String, Object>> items = items(format, response, root, null);
        assertEquals(1, items.size());
        return items.get(0);
    }

    private static void contentType(String format, HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith("json".equals(format) ? "application/json" : "text/xml"), type);
    }

    /**
     * The items of a body: a JSON array's objects (a JSON object is one item), or the elements
     * named {@code item} under the XML root named {@code root} (with no item name, the root is
     * the one item). JSON values keep their type; XML values are text, or lists for nested elements.
     */
    static List<Map<String, Object>> parse(String format, String body, String root, String item) {
        if ("json".equals(format)) {
            JsonValue value = Json.createReader(new StringReader(body)).readValue();
            if (item == null) {
                assertEquals(JsonValue.ValueType.OBJECT, value.getValueType(), body);
                return List.of(fromJson(value.asJsonObject()));
            }
            assertEquals(JsonValue.ValueType.ARRAY, value.getValueType(), body);
            return value.asJsonArray().stream().map(v -> fromJson(v.asJsonObject())).toList();
        }
        try {
            Element document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
            assertEquals(root, document.getTagName(), body);
            if (item == null) {
                return List.of(fromXml(document));
            }
            List<Map<String, Object>> items = new ArrayList<>();
            for (Element child : children(document)) {
                assertEquals(item, child.getTagName(), "only " + item + " elements under " + root);
                items.add(fromXml(child));
            }
            return items;
        } catch (Exception e) {
            return fail("not well-formed XML: " + body, e);
        }
    }

    private static Map<String, Object> fromJson(JsonObject object) {
        Map<String, Object> fields = new LinkedHashMap<>();
        object.forEach((name, value) -> fields.put(name, fromJson(value)));
        return fields;
    }

    private static Object fromJson(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
            case ARRAY -> ((JsonArray) value).stream().map(Open311Conformance::fromJson).toList();
            case OBJECT -> fromJson(value.asJsonObject());
        };
    }

    private static Map<String, Object> fromXml(Element element) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Element field : children(element)) {
            List<Element> nested = children(field);
            fields.put(field.getTagName(), nested.isEmpty() ? field.getTextContent()
                    : nested.stream().map(e -> children(e).isEmpty() ? (Object) e.getTextContent() : fromXml(e))
                    .toList());
        }
        return fields;
    }

    private static List<Element> children(Element element) {
        List<Element> children = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                children.add(e);
            }
        }
        return children;
    }

    /**
     * A field's value, or null where it has none (JSON null, an empty XML element), which only a
     * nullable field may.
     */
    private static Object value(String format, Map<String, Object> fields, String name, boolean nullable) {
        assertTrue(fields.containsKey(name), name + " in " + fields);
        Object value = fields.get(name);
        if ("json".equals(format) ? value == null : "".equals(value)) {
            assertTrue(nullable, name + " may not be empty");
            return null;
        }
        return value;
    }

    /** A string field (ids and codes too). */
    private static String text(String format, Map<String, Object> fields, String name, boolean nullable) {
        Object value = value(format, fields, name, nullable);
        return value == null ? null : assertInstanceOf(String.class, value, name + " is a string");
    }

    private static BigDecimal number(String format, Map<String, Object> fields, String name, boolean nullable) {
        Object value = value(format, fields, name, nullable);
        if (value == null || "json".equals(format)) {
            return value == null ? null : assertInstanceOf(BigDecimal.class, value, name + " is a number");
        }
        try {
            return new BigDecimal(assertInstanceOf(String.class, value, name + " is text"));
        } catch (NumberFormatException e) {
            return fail(name + " is not a number: " + value);
        }
    }

    private static void bool(String format, Map<String, Object> fields, String name) {
        assertTrue(fields.containsKey(name), name + " in " + fields);
        Object value = fields.get(name);
        if ("json".equals(format)) {
            assertInstanceOf(Boolean.class, value, name + " is a boolean");
        } else {
            assertTrue(Set.of("true", "false").contains(value), name + " is true or false: " + value);
        }
    }

    private static String oneOf(String format, Map<String, Object> fields, String name, Set<String> allowed) {
        String value = text(format, fields, name, false);
        assertTrue(allowed.contains(value), name + " is one of " + allowed + ": " + value);
        return value;
    }

    private static void time(String format, Map<String, Object> fields, String name, boolean nullable) {
        String value = text(format, fields, name, nullable);
        assertTrue(value == null || ISO_8601.matcher(value).matches(), name + " is ISO-8601 with an offset: " + value);
    }

    private static List<?> list(Map<String, Object> fields, String name) {
        assertTrue(fields.containsKey(name), name + " in " + fields);
        Object value = fields.get(name);
        if ("".equals(value)) {
            return List.of();
        }
        return assertInstanceOf(List.class, value, name + " is a list");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> nested(Map<String, Object> fields, String name) {
        List<?> values = list(fields, name);
        values.forEach(v -> assertNotNull(assertInstanceOf(Map.class, v, name + " holds objects")));
        return (List<Map<String, Object>>) values;
    }
}
