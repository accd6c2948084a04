package org.communitypartners.partners.open311.web;

import static org.communitypartners.partners.open311.web.Open311Document.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class Open311WriterTest {
    private static final Open311Document REQUESTS = Open311Document.list("service_requests", "request", List.of(
            fields("service_request_id", "12", "lat", new BigDecimal("32.700100"), "zipcode", null,
                    "description", "楼道灯坏了 <3 & \u0007响"),
            fields("service_request_id", "13", "lat", null, "zipcode", null, "description", "x")));

    @Test
    void aListIsAJsonArrayWithStringsNumbersAndNulls() {
        JsonArray array = json(REQUESTS).asJsonArray();

        JsonObject first = array.getJsonObject(0);
        assertEquals(JsonValue.ValueType.STRING, first.get("service_request_id").getValueType());
        assertEquals(JsonValue.ValueType.NUMBER, first.get("lat").getValueType());
        assertEquals(new BigDecimal("32.700100"), first.getJsonNumber("lat").bigDecimalValue());
        assertEquals(JsonValue.NULL, array.getJsonObject(1).get("lat"));
    }

    @Test
    void aListIsAnXmlRootOfItemsAndUnsafeCharactersAreDropped() throws Exception {
        Document xml = xml(REQUESTS);

        assertEquals("service_requests", xml.getDocumentElement().getTagName());
        assertEquals(2, xml.getElementsByTagName("request").getLength());
        Element first = (Element) xml.getElementsByTagName("request").item(0);
        assertEquals("楼道灯坏了 <3 & 响", first.getElementsByTagName("description").item(0).getTextContent());
        assertEquals("32.700100", first.getElementsByTagName("lat").item(0).getTextContent());
        assertEquals("", first.getElementsByTagName("zipcode").item(0).getTextContent());
    }

    @Test
    void aSingleDocumentIsOneObjectWithNestedListsWrappedInXml() throws Exception {
        Open311Document definition = Open311Document.single("service_definition", fields("service_code", "REPAIR",
                "attributes", new Open311Document.Nested("attribute", List.of(fields("code", "community_code",
                        "required", false, "order", 1, "values", new Open311Document.Nested("value",
                                List.of(fields("key", "341181001001", "name", "永福社区"))))))));

        JsonObject object = json(definition).asJsonObject();
        JsonObject attribute = object.getJsonArray("attributes").getJsonObject(0);
        assertEquals(JsonValue.FALSE, attribute.get("required"));
        assertEquals(1, attribute.getInt("order"));
        assertEquals("341181001001", attribute.getJsonArray("values").getJsonObject(0).getString("key"));
        Document xml = xml(definition);
        assertEquals("service_definition", xml.getDocumentElement().getTagName());
        Element value = (Element) xml.getElementsByTagName("value").item(0);
        assertEquals("永福社区", value.getElementsByTagName("name").item(0).getTextContent());
        assertEquals("attributes", value.getParentNode().getParentNode().getParentNode().getNodeName());
    }

    @Test
    void errorsAreTheSpecsListOfCodeAndDescription() throws Exception {
        Open311Document errors = Open311Writer.errors(403, "api_key invalid");

        JsonObject error = json(errors).asJsonArray().getJsonObject(0);
        assertEquals(403, error.getInt("code"));
        assertEquals("api_key invalid", error.getString("description"));
        Document xml = xml(errors);
        assertEquals("errors", xml.getDocumentElement().getTagName());
        assertTrue(xml.getDocumentElement().getFirstChild() instanceof Element e && "error".equals(e.getTagName()));
        assertEquals("403", xml.getElementsByTagName("code").item(0).getTextContent());
    }

    private static JsonValue json(Open311Document document) {
        StringWriter out = new StringWriter();
        Open311Writer.json(document, out);
        return Json.createReader(new StringReader(out.toString())).readValue();
    }

    private static Document xml(Open311Document document) throws Exception {
        StringWriter out = new StringWriter();
        Open311Writer.xml(document, out);
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
