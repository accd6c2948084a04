package org.communitypartners.merchants.meals.application;

import java.time.Instant;
import java.util.List;

/** A meal point as staff and its operator see it, with its sets. */
public record MealPointView(long id, long partnerId, String partnerName, long communityId, String communityName,
                            String name, String address, String publicPhone, String servingHours, int dailyCapacity,
                            boolean active, String updatedBy, Instant updatedAt, List<MealSetView> sets, long version) {
}
