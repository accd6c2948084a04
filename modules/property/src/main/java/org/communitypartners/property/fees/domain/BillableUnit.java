package org.communitypartners.property.fees.domain;

import java.math.BigDecimal;

/** What billing needs of a unit: where it is, its label (building-unit), exclusive area and parking spaces. */
public record BillableUnit(long unitId, long buildingId, String label, BigDecimal exclusiveArea, int parkingSpaces) {
}
