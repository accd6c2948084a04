package org.communitypartners.partners.orders.domain;

import java.math.BigDecimal;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.partners.PartnersModule;

/**
 * Where the problem is: always a community, usually a compound in it, and a building/unit text
 * or a map coordinate (WGS-84) when the resident pins it.
 */
public record Place(long subdistrictId, long communityId, Long compoundId, String detail, BigDecimal latitude,
                    BigDecimal longitude) {
    public static final int DETAIL_MAX_LENGTH = 200;

    public Place {
        detail = detail == null || detail.isBlank() ? null : detail.strip();
        if (detail != null && detail.length() > DETAIL_MAX_LENGTH) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.placeTooLong", DETAIL_MAX_LENGTH);
        }
        if ((latitude == null) != (longitude == null)) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.coordinate");
        }
        if (latitude != null && (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
                || longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0)) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.coordinate");
        }
    }

    /** The most precise unit of the tree the order is at: the compound, else the community. */
    public long unitId() {
        return compoundId != null ? compoundId : communityId;
    }
}
