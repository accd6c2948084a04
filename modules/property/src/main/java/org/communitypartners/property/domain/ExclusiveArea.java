package org.communitypartners.property.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A unit's exclusive area (专有部分面积) in m², as the property register states it: positive,
 * at most two decimals (kept with exactly two), and fitting DECIMAL(10,2). Votes weigh by it,
 * so it is never rounded silently.
 */
public record ExclusiveArea(BigDecimal squareMetres) {
    public static final BigDecimal MAX = new BigDecimal("99999999.99");

    public ExclusiveArea {
        if (squareMetres == null || squareMetres.signum() <= 0) {
            throw Rules.violation("area.positive");
        }
        if (squareMetres.stripTrailingZeros().scale() > 2) {
            throw Rules.violation("area.decimals", squareMetres.toPlainString());
        }
        if (squareMetres.compareTo(MAX) > 0) {
            throw Rules.violation("area.tooLarge", squareMetres.toPlainString());
        }
        squareMetres = squareMetres.setScale(2, RoundingMode.UNNECESSARY);
    }
}
