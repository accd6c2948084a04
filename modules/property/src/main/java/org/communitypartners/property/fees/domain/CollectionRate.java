package org.communitypartners.property.fees.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The fee collection rate (物业费收缴率) of a compound over one or more periods, by amount (paid ÷
 * billed) and by households (units with every bill paid ÷ units billed). The counts are kept
 * exactly; the percentages are the exact fractions rounded half-up to two decimals of a percent,
 * with no floating point. Periods without bills have no rate ({@code hasBills} false, percentages
 * null) rather than a division by zero.
 */
public record CollectionRate(BigDecimal billed, BigDecimal paid, long unitsBilled, long unitsFullyPaid,
                             boolean hasBills, BigDecimal amountPercent, BigDecimal householdPercent) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static CollectionRate of(BigDecimal billed, BigDecimal paid, long unitsBilled, long unitsFullyPaid) {
        BigDecimal due = billed == null ? BigDecimal.ZERO.setScale(2) : billed.setScale(2);
        BigDecimal collected = paid == null ? BigDecimal.ZERO.setScale(2) : paid.setScale(2);
        if (unitsBilled == 0 || due.signum() == 0) {
            return new CollectionRate(due, collected, unitsBilled, unitsFullyPaid, false, null, null);
        }
        return new CollectionRate(due, collected, unitsBilled, unitsFullyPaid, true, percent(collected, due),
                percent(BigDecimal.valueOf(unitsFullyPaid), BigDecimal.valueOf(unitsBilled)));
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }
}
