package org.communitypartners.property.fees.domain;

import java.math.BigDecimal;

/** A fee item with the rate that prices one period. */
public record PricedItem(long itemId, String name, FeeBasis basis, BigDecimal rate) {
}
