package org.communitypartners.kernel.api.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A measured figure kept as numerator over denominator, so figures of several communities add
 * up exactly (a pooled rate, never an average of rates) and a rate with nothing to measure is
 * absent rather than zero. Counts and amounts have the denominator 1.
 */
public record Figure(BigDecimal numerator, BigDecimal denominator, FigureUnit unit) {
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    public Figure {
        if (numerator == null || denominator == null || unit == null || denominator.signum() < 0) {
            throw new IllegalArgumentException("figure " + numerator + "/" + denominator + " " + unit);
        }
    }

    public static Figure count(long count) {
        return new Figure(BigDecimal.valueOf(count), BigDecimal.ONE, FigureUnit.COUNT);
    }

    public static Figure amount(BigDecimal yuan) {
        return new Figure(yuan, BigDecimal.ONE, FigureUnit.YUAN);
    }

    /** Minutes summed as hours (kept to six decimals, shown to one), e.g. confirmed volunteer time. */
    public static Figure hours(long minutes) {
        return new Figure(BigDecimal.valueOf(minutes).divide(MINUTES_PER_HOUR, 6, RoundingMode.HALF_UP),
                BigDecimal.ONE, FigureUnit.HOURS);
    }

    /** The part of a whole, shown as a percentage. */
    public static Figure share(long part, long whole) {
        return share(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    public static Figure share(BigDecimal part, BigDecimal whole) {
        return new Figure(part, whole, FigureUnit.PERCENT);
    }

    /** A mean of {@code count} measurements that add up to {@code total}, e.g. hours to resolve or a rating. */
    public static Figure mean(BigDecimal total, long count, FigureUnit unit) {
        return new Figure(total, BigDecimal.valueOf(count), unit);
    }

    /** How many per hundred of a base, e.g. complaints per 100 households. */
    public static Figure perHundred(long count, long base) {
        return new Figure(BigDecimal.valueOf(count), BigDecimal.valueOf(base), FigureUnit.PER_HUNDRED);
    }

    /** Both figures pooled: numerators and denominators add. */
    public Figure plus(Figure other) {
        if (other.unit != unit) {
            throw new IllegalArgumentException(unit + " + " + other.unit);
        }
        if (unit.isRatio()) {
            return new Figure(numerator.add(other.numerator), denominator.add(other.denominator), unit);
        }
        return new Figure(numerator.add(other.numerator), BigDecimal.ONE, unit);
    }

    /** The value as shown (a percentage for shares, per hundred for rates), rounded half up; empty over nothing. */
    public Optional<BigDecimal> value() {
        if (denominator.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(numerator.multiply(unit.scale()).divide(denominator, unit.decimals(), RoundingMode.HALF_UP));
    }

    /**
     * The relative change from an earlier figure, in percent (−60 for a rate that fell by 60 %);
     * empty when either is absent or the earlier one was zero.
     */
    public Optional<BigDecimal> changeFrom(Figure earlier) {
        Optional<BigDecimal> now = exactValue();
        Optional<BigDecimal> before = earlier.exactValue();
        if (now.isEmpty() || before.isEmpty() || before.get().signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(now.get().subtract(before.get()).multiply(BigDecimal.valueOf(100))
                .divide(before.get(), 1, RoundingMode.HALF_UP));
    }

    private Optional<BigDecimal> exactValue() {
        return denominator.signum() == 0 ? Optional.empty()
                : Optional.of(numerator.divide(denominator, 12, RoundingMode.HALF_UP));
    }
}
