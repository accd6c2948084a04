package org.communitypartners.merchants.library.application;

import java.math.BigDecimal;
import java.util.List;
import org.communitypartners.merchants.library.domain.MerchantCategory;

/**
 * The merchants within walking distance of a place, nearest first: only what a shop shows the
 * public (its public phone, no staff, no partner contacts).
 */
public record CircleView(String placeCode, String placeName, BigDecimal latitude, BigDecimal longitude,
                         int radiusMetres, MerchantCategory category, List<Nearby> merchants) {

    /** A merchant inside the circle; {@code metres} rounded to whole metres. */
    public record Nearby(long id, String name, MerchantCategory category, String categoryName, String address,
                         BigDecimal latitude, BigDecimal longitude, long metres, int walkMinutes, String publicPhone,
                         String openingHours, boolean caring, List<Service> services) {
    }

    /** A service on offer and its normal price in yuan. */
    public record Service(String name, BigDecimal price, String description) {
    }
}
