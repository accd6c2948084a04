package org.communitypartners.property.fees.domain;

import java.math.BigDecimal;

/** What a monthly rate is multiplied by (计费方式). */
public enum FeeBasis {
    /** Per m² of the unit's exclusive area per month (元/m²·月). */
    PER_SQUARE_METRE_MONTH,
    /** Per unit (household) per month (元/户·月). */
    PER_UNIT_MONTH,
    /** Per parking space the unit holds per month (元/个·月). */
    PER_PARKING_SPACE_MONTH;

    /** The basis named in a request; an unknown name is a broken rule, not a server error. */
    public static FeeBasis parse(String name) {
        for (FeeBasis basis : values()) {
            if (basis.name().equals(name == null ? null : name.strip())) {
                return basis;
            }
        }
        throw FeeRules.violation("fees.item.basis");
    }

    /** How many of the basis a unit has: its exclusive area, 1, or its parking spaces. */
    public BigDecimal quantity(BigDecimal exclusiveArea, int parkingSpaces) {
        return switch (this) {
            case PER_SQUARE_METRE_MONTH -> exclusiveArea;
            case PER_UNIT_MONTH -> BigDecimal.ONE;
            case PER_PARKING_SPACE_MONTH -> BigDecimal.valueOf(parkingSpaces);
        };
    }
}
