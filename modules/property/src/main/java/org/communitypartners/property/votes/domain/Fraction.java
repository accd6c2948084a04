package org.communitypartners.property.votes.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact ratio of two non-negative integers (areas in hundredths of a m², or heads). Thresholds
 * are compared by cross-multiplication, never in floating point, so 2/3 is met by exactly 2/3 and
 * missed by anything a hair below it. A ratio over nothing (0/0) meets no threshold.
 */
public record Fraction(BigInteger numerator, BigInteger denominator) {

    public Fraction {
        if (numerator == null || denominator == null || numerator.signum() < 0 || denominator.signum() < 0
                || numerator.compareTo(denominator) > 0 && denominator.signum() > 0) {
            throw new IllegalArgumentException(numerator + "/" + denominator);
        }
    }

    public static Fraction of(long numerator, long denominator) {
        return new Fraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    /** Areas with at most two decimals, as hundredths, so the ratio stays exact. */
    public static Fraction ofAreas(BigDecimal part, BigDecimal whole) {
        return new Fraction(hundredths(part), hundredths(whole));
    }

    static BigInteger hundredths(BigDecimal area) {
        return area.setScale(2, RoundingMode.UNNECESSARY).unscaledValue();
    }

    /** At least p/q: numerator·q ≥ p·denominator. */
    public boolean atLeast(long p, long q) {
        return denominator.signum() > 0
                && numerator.multiply(BigInteger.valueOf(q)).compareTo(BigInteger.valueOf(p).multiply(denominator)) >= 0;
    }

    /** More than p/q: numerator·q > p·denominator. */
    public boolean moreThan(long p, long q) {
        return denominator.signum() > 0
                && numerator.multiply(BigInteger.valueOf(q)).compareTo(BigInteger.valueOf(p).multiply(denominator)) > 0;
    }

    /**
     * For display only: the percentage cut (not rounded) to two decimals, so a ratio just short of
     * a threshold never shows as reaching it; null over nothing.
     */
    public BigDecimal percent() {
        if (denominator.signum() == 0) {
            return null;
        }
        return new BigDecimal(numerator.multiply(BigInteger.valueOf(100)))
                .divide(new BigDecimal(denominator), 2, RoundingMode.DOWN);
    }

    /** The ratio as written on a result: "2/3". Areas show as hundredths of a m². */
    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
