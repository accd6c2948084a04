package org.communitypartners.property.commitments.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Periods met out of periods counted, kept exact; a percentage only for display, none when nothing was counted. */
public record Fraction(int met, int of) {

    public Fraction {
        if (met < 0 || of < 0 || met > of) {
            throw new IllegalArgumentException(met + "/" + of);
        }
    }

    /** Percent with two decimals (half up), or empty when no period was counted. */
    public Optional<BigDecimal> percent() {
        if (of == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(met * 100L).divide(BigDecimal.valueOf(of), 2, RoundingMode.HALF_UP));
    }

    public boolean isWhole() {
        return of > 0 && met == of;
    }
}
