package org.communitypartners.merchants.meals.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Today's menus of a community's meal points for residents: places, sets, dishes and prices, nothing personal. */
public record PublicMenuView(String communityName, LocalDate day, List<Point> points) {

    public record Point(String name, String address, String servingHours, String publicPhone, List<Set> sets) {
    }

    /** A set on sale: its dishes today (null when not written yet), the standard price and the lowest subsidised one. */
    public record Set(String name, String description, String dishes, BigDecimal standardPrice, BigDecimal lowestPrice) {
    }
}
