package org.communitypartners.kernel.api.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FigureTest {

    @Test
    void sharesPoolTheirPartsInsteadOfAveragingRates() {
        // 1 of 1 on time in one community, 1 of 3 in another: 2 of 4 = 50 %, not (100 + 33.3) / 2.
        Figure pooled = Figure.share(1, 1).plus(Figure.share(1, 3));

        assertEquals(new BigDecimal("50.0"), pooled.value().orElseThrow());
    }

    @Test
    void aRateOverNothingIsAbsentNotZero() {
        assertTrue(Figure.share(0, 0).value().isEmpty());
        assertTrue(Figure.perHundred(3, 0).value().isEmpty());
        assertEquals(BigDecimal.ZERO, Figure.count(0).value().orElseThrow());
    }

    @Test
    void ratesAreRoundedHalfUpToTheirShownDecimals() {
        assertEquals(new BigDecimal("66.7"), Figure.share(2, 3).value().orElseThrow());
        assertEquals(new BigDecimal("1.67"), Figure.perHundred(5, 300).value().orElseThrow());
        assertEquals(new BigDecimal("4.50"), Figure.mean(new BigDecimal("9"), 2, FigureUnit.MEAN_SCORE)
                .value().orElseThrow());
    }

    @Test
    void countsAndAmountsAdd() {
        assertEquals(new BigDecimal("7"), Figure.count(3).plus(Figure.count(4)).value().orElseThrow());
        assertEquals(new BigDecimal("10.50"),
                Figure.amount(new BigDecimal("6.00")).plus(Figure.amount(new BigDecimal("4.50"))).value().orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> Figure.count(1).plus(Figure.share(1, 2)));
    }

    @Test
    void minutesAddUpAsHoursShownToOneDecimal() {
        Figure pooled = Figure.hours(90).plus(Figure.hours(45));

        assertEquals(new BigDecimal("2.3"), pooled.value().orElseThrow(), "135 minutes = 2.25 h, half up");
        assertEquals(BigDecimal.ONE, pooled.denominator());
        assertEquals(new BigDecimal("0.0"), Figure.hours(0).value().orElseThrow());
    }

    @Test
    void changeIsRelativeToTheEarlierFigure() {
        // 5 complaints per 100 households falling to 2: −60 %, as in the report.
        assertEquals(new BigDecimal("-60.0"),
                Figure.perHundred(10, 500).changeFrom(Figure.perHundred(25, 500)).orElseThrow());
        assertEquals(new BigDecimal("50.0"), Figure.count(3).changeFrom(Figure.count(2)).orElseThrow());
    }

    @Test
    void changeFromNothingOrZeroIsAbsent() {
        assertTrue(Figure.count(3).changeFrom(Figure.count(0)).isEmpty());
        assertTrue(Figure.share(1, 2).changeFrom(Figure.share(0, 0)).isEmpty());
        assertTrue(Figure.share(0, 0).changeFrom(Figure.share(1, 2)).isEmpty());
    }
}
