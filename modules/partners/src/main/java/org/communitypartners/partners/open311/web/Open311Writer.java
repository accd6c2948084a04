package org.communitypartners.partners.open311.web;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes an {@link Open311Document} as the spec's JSON or XML. */
public final class Open311Writer {
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private Open311Writer() {
    }

    public static void json(Open311Document document, Writer out) {
        try (JsonGenerator json = Json.createGenerator(out)) {
            if (document.single()) {
                writeObject(json, document.items().get(0));
            } else {
                json.writeStartArray();
                document.items().forEach(item -> writeObject(json, item));
                json.writeEnd();
            }
        }
    }

    private static void writeObject(JsonGenerator json, Map<String, Object> fields) {
        json.writeStartObject();
        fields.forEach((name, value) -> {
            json.writeKey(name);
            writeValue(json, value);
        });
        json.writeEnd();
    }

    @SuppressWarnings("unchecked")
    private static void writeValue(JsonGenerator json, Object value) {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Boolean b) {
            json.write(b);
        } else if (value instanceof BigDecimal d) {
            json.write(d);
        } else if (value instanceof Number n) {
            json.write(n.longValue());
        } else if (value instanceof Open311Document.Nested nested) {
            json.writeStartArray();
            nested.elements().forEach(element -> writeValue(json, element));
            json.writeEnd();
        } else if (value instanceof Map<?, ?> map) {
            writeObject(json, (Map<String, Object>) map);
        } else {
            json.write(value.toString());
        }
    }

    public static void xml(Open311Document document, Writer out) {
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(document.root());
            if (document.single()) {
                writeFields(xml, document.items().get(0));
            } else {
                for (Map<String, Object> item : document.items()) {
                    xml.writeStartElement(document.item());
                    writeFields(xml, item);
                    xml.writeEndElement();
                }
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing Open311 XML failed", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void writeFields(XMLStreamWriter xml, Map<String, Object> fields) throws XMLStreamException {
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            Object value = field.getValue();
            xml.writeStartElement(field.getKey());
            if (value instanceof Open311Document.Nested nested) {
                for (Object element : nested.elements()) {
                    xml.writeStartElement(nested.item());
                    if (element instanceof Map<?, ?> map) {
                        writeFields(xml, (Map<String, Object>) map);
                    } else {
                        xml.writeCharacters(text(element));
                    }
                    xml.writeEndElement();
                }
            } else if (value != null) {
                xml.writeCharacters(text(value));
            }
            xml.writeEndElement();
        }
    }

    private static String text(Object value) {
        return value instanceof BigDecimal d ? d.toPlainString() : xmlSafe(value.toString());
    }

    /** XML 1.0 cannot carry most control characters, even escaped; residents' texts may contain them. */
    static String xmlSafe(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000)
                .forEach(safe::appendCodePoint);
        return safe.toString();
    }

    /** A list document of the spec's error bodies: {@code errors}/{@code error} with code and description. */
    public static Open311Document errors(int status, String description) {
        return Open311Document.list("errors", "error",
                List.of(Open311Document.fields("code", status, "description", description)));
    }
}
