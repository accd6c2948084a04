package org.communitypartners.merchants.donations.domain;

import java.util.List;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.merchants.MerchantsModule;

/** Field lengths of donations, used by columns and checks alike, and the quantity rule of placements. */
public final class DonationRules {
    public static final int NAME_LENGTH = 100;
    public static final int UNIT_LENGTH = 16;
    public static final int NOTE_LENGTH = 500;
    public static final int LOCATION_LENGTH = 200;
    public static final int PERSON_LENGTH = 50;
    public static final int MAX_QUANTITY = 100_000;

    private DonationRules() {
    }

    /** Refuses placing more of an item than was donated, counting what is already placed. */
    public static void requireRoom(DonatedItem item, List<Placement> placed, int adding) {
        int already = placed.stream().filter(p -> p.getItemId() == item.getId()).mapToInt(Placement::getQuantity).sum();
        if (adding < 1 || already + adding > item.getQuantity()) {
            throw violation("donation.placementTooMany", item.getName(), item.getQuantity() - already);
        }
    }

    public static int quantity(Integer quantity) {
        if (quantity == null || quantity < 1 || quantity > MAX_QUANTITY) {
            throw violation("donation.quantityRange", MAX_QUANTITY);
        }
        return quantity;
    }

    static RuleViolation violation(String key, Object... arguments) {
        return new RuleViolation(MerchantsModule.BUNDLE, key, arguments);
    }
}
