package org.communitypartners.merchants.meals.domain;

/** Where a meal order stands: ordered, then served or cancelled (only before serving). */
public enum OrderStatus {
    ORDERED,
    SERVED,
    CANCELLED
}
