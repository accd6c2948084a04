package org.communitypartners.property.fees.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Which rate of an item applies on a day: the one with the latest effective date on or before it. */
public final class FeeSchedule {
    private FeeSchedule() {
    }

    public static Optional<FeeRate> rateOn(Collection<FeeRate> rates, LocalDate day) {
        return rates.stream().filter(r -> !r.getEffectiveFrom().isAfter(day))
                .max(Comparator.comparing(FeeRate::getEffectiveFrom));
    }

    /** The first rate taking effect after the day, if one is already announced. */
    public static Optional<FeeRate> nextAfter(Collection<FeeRate> rates, LocalDate day) {
        return rates.stream().filter(r -> r.getEffectiveFrom().isAfter(day))
                .min(Comparator.comparing(FeeRate::getEffectiveFrom));
    }

    /**
     * A new rate may not reach back into a period already billed: issued bills keep their price,
     * so a rate that claims to apply to them would misstate what owners were charged.
     */
    public static void requireAfterBilled(LocalDate effectiveFrom, Optional<BillingPeriod> latestBilled) {
        if (latestBilled.isPresent() && !effectiveFrom.isAfter(latestBilled.get().month().atEndOfMonth())) {
            throw FeeRules.violation("fees.rate.billed", effectiveFrom.toString(), latestBilled.get().text());
        }
    }

    /** A second rate for the same item and day would make the price ambiguous. */
    public static void requireFreeDay(Collection<FeeRate> rates, LocalDate day) {
        if (rates.stream().anyMatch(r -> r.getEffectiveFrom().equals(day))) {
            throw FeeRules.violation("fees.rate.sameDay", day.toString());
        }
    }
}
