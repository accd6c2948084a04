package org.communitypartners.app.dashboard.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart}, written with a JSON builder so names
 * of communities and categories are escaped, never pasted into script.
 */
final class ChartJson {
    private static final String BLUE = "#2563eb";

    private ChartJson() {
    }

    static String line(String label, List<String> labels, List<BigDecimal> values) {
        return chart("line", label, labels, values, Json.createObjectBuilder().add("borderColor", BLUE)
                .add("backgroundColor", BLUE).add("tension", 0).add("spanGaps", true));
    }

    static String bar(String label, List<String> labels, List<BigDecimal> values) {
        return chart("bar", label, labels, values, Json.createObjectBuilder().add("backgroundColor", BLUE));
    }

    private static String chart(String type, String label, List<String> labels, List<BigDecimal> values,
                                JsonObjectBuilder dataset) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        labels.forEach(names::add);
        JsonArrayBuilder data = Json.createArrayBuilder();
        // An absent figure is a gap in the line, not a zero.
        values.forEach(v -> {
            if (v == null) {
                data.addNull();
            } else {
                data.add(v);
            }
        });
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", names)
                        .add("datasets", Json.createArrayBuilder().add(dataset.add("label", label).add("data", data))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", false))))
                .build().toString();
    }
}
