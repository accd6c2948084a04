package org.communitypartners.kernel.application;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.communitypartners.kernel.domain.AuditEntry;

/** The archive format of one audit entry: one JSON object per line, every column kept. */
final class AuditJson {

    private AuditJson() {
    }

    static String line(AuditEntry entry) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", entry.getId())
                .add("occurredAt", entry.getOccurredAt().toString())
                .add("actor", entry.getActor())
                .add("action", entry.getAction())
                .add("result", entry.getResult().name());
        addIfSet(json, "targetType", entry.getTargetType());
        addIfSet(json, "targetId", entry.getTargetId());
        addIfSet(json, "sourceIp", entry.getSourceIp());
        addIfSet(json, "detail", entry.getDetail());
        return json.build().toString();
    }

    private static void addIfSet(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
