package org.communitypartners.partners.open311.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.api.WorkOrderStatus;

/**
 * GeoReport v2 knows two statuses: an order is {@code closed} once confirmed by the resident or
 * closed by the community, and {@code open} in every other state of the loop (a resolved order
 * still waits for the resident).
 */
public enum Open311Status {
    OPEN, CLOSED;

    public static Open311Status of(WorkOrderStatus status) {
        return status.isFinished() ? CLOSED : OPEN;
    }

    /** The order statuses a {@code status} parameter ("open", "closed" or "open,closed") selects; all when absent. */
    public static Set<WorkOrderStatus> selecting(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return EnumSet.allOf(WorkOrderStatus.class);
        }
        Set<WorkOrderStatus> selected = EnumSet.noneOf(WorkOrderStatus.class);
        for (String value : parameter.split(",")) {
            Open311Status wanted = Arrays.stream(values())
                    .filter(s -> s.code().equals(value.strip().toLowerCase(Locale.ROOT))).findFirst()
                    .orElseThrow(() -> new RuleViolation(PartnersModule.BUNDLE, "open311.badStatus", value.strip()));
            Arrays.stream(WorkOrderStatus.values()).filter(s -> of(s) == wanted).forEach(selected::add);
        }
        return selected;
    }

    /** "open" or "closed", as the spec spells them. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
