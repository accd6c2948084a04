package org.communitypartners.kernel.api.indicators;

import java.math.BigDecimal;

/** What a figure counts, how it is shown and whether its parts pool as a ratio. */
public enum FigureUnit {
    COUNT(BigDecimal.ONE, 0, false),
    YUAN(BigDecimal.ONE, 2, false),
    /** A sum of hours, e.g. confirmed volunteer hours. */
    HOURS(BigDecimal.ONE, 1, false),
    PERCENT(BigDecimal.valueOf(100), 1, true),
    PER_HUNDRED(BigDecimal.valueOf(100), 2, true),
    MEAN_HOURS(BigDecimal.ONE, 1, true),
    MEAN_SCORE(BigDecimal.ONE, 2, true);

    private final BigDecimal scale;
    private final int decimals;
    private final boolean ratio;

    FigureUnit(BigDecimal scale, int decimals, boolean ratio) {
        this.scale = scale;
        this.decimals = decimals;
        this.ratio = ratio;
    }

    BigDecimal scale() {
        return scale;
    }

    public int decimals() {
        return decimals;
    }

    public boolean isRatio() {
        return ratio;
    }
}
