package org.communitypartners.merchants.library.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The everyday needs a 15-minute circle should meet, each by any of its categories. The coverage
 * report lists the needs no merchant within a compound's circle meets.
 */
public enum EssentialNeed {
    MEALS(MerchantCategory.CATERING),
    HEALTH(MerchantCategory.CLINIC, MerchantCategory.PHARMACY),
    GROCERY(MerchantCategory.GROCERY),
    BARBER(MerchantCategory.BARBER),
    CHILD_CARE(MerchantCategory.CHILD_CARE),
    ELDERLY_CARE(MerchantCategory.ELDERLY_CARE);

    private final Set<MerchantCategory> metBy;

    EssentialNeed(MerchantCategory first, MerchantCategory... more) {
        this.metBy = EnumSet.of(first, more);
    }

    public Set<MerchantCategory> metBy() {
        return EnumSet.copyOf(metBy);
    }

    /** The needs none of the present categories meets, in this enum's order. */
    public static List<EssentialNeed> gaps(Collection<MerchantCategory> present) {
        Set<MerchantCategory> have = present.isEmpty() ? EnumSet.noneOf(MerchantCategory.class) : EnumSet.copyOf(present);
        return Arrays.stream(values()).filter(need -> need.metBy.stream().noneMatch(have::contains)).toList();
    }
}
