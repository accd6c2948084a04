package org.communitypartners.app.dashboard.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.communitypartners.kernel.api.indicators.Figure;
import org.communitypartners.kernel.api.indicators.FigureUnit;
import org.communitypartners.kernel.api.indicators.Measurement;
import org.communitypartners.kernel.api.indicators.Quarter;
import org.junit.jupiter.api.Test;

/** Small hand-computed data sets: two communities (3 and 4), two quarters. */
class FigureBookTest {
    private static final Quarter Q2 = new Quarter(2026, 2);
    private static final Quarter Q3 = new Quarter(2026, 3);
    private static final Map<String, FigureUnit> UNITS = Map.of("orders.received", FigureUnit.COUNT,
            "orders.onTime", FigureUnit.PERCENT, "orders.byCategory", FigureUnit.COUNT,
            "orders.complaints", FigureUnit.COUNT, "register.households", FigureUnit.COUNT);

    private final FigureBook book = new FigureBook(UNITS, List.of(
            Measurement.of("orders.received", Q3, 3, Figure.count(12)),
            Measurement.of("orders.received", Q3, 4, Figure.count(8)),
            Measurement.of("orders.onTime", Q3, 3, Figure.share(9, 10)),
            Measurement.of("orders.onTime", Q3, 4, Figure.share(1, 5)),
            Measurement.of("orders.onTime", Q2, 4, Figure.share(0, 0)),
            new Measurement("orders.byCategory", Q3, 3, "LIFT", "电梯故障", "Lift", Figure.count(2)),
            new Measurement("orders.byCategory", Q3, 4, "LIFT", "电梯故障", "Lift", Figure.count(1)),
            new Measurement("orders.byCategory", Q3, 4, "NOISE", "噪音扰民", "Noise", Figure.count(5)),
            Measurement.of("orders.complaints", Q3, 3, Figure.count(3)),
            Measurement.of("orders.complaints", Q2, 3, Figure.count(10)),
            Measurement.of("register.households", Q3, 3, Figure.count(400)),
            Measurement.of("register.households", Q2, 3, Figure.count(400)),
            Measurement.of("unknown.key", Q3, 3, Figure.count(99))));

    @Test
    void thePlaceTotalIsTheSumOfItsPartsAndRatesPool() {
        assertEquals(new BigDecimal("20"), book.total("orders.received", Q3).value().orElseThrow());
        // 10 of 15 resolved on time, not the mean of 90 % and 20 %.
        assertEquals(new BigDecimal("66.7"), book.total("orders.onTime", Q3).value().orElseThrow());
        assertEquals(new BigDecimal("12"), book.part("orders.received", Q3, 3).value().orElseThrow());
    }

    @Test
    void aQuarterWithNothingMeasuredCountsZeroAndHasNoRate() {
        assertEquals(BigDecimal.ZERO, book.total("orders.received", Q2).value().orElseThrow());
        assertTrue(book.total("orders.onTime", Q2).value().isEmpty());
        assertTrue(book.part("orders.onTime", Q3, 99).value().isEmpty());
    }

    @Test
    void categoriesAddUpAcrossParts() {
        assertEquals(List.of("LIFT", "NOISE"),
                book.categories("orders.byCategory").stream().map(FigureBook.Category::code).toList());
        assertEquals(new BigDecimal("3"), book.category("orders.byCategory", Q3, "LIFT").value().orElseThrow());
        assertEquals(BigDecimal.ZERO, book.category("orders.byCategory", Q2, "LIFT").value().orElseThrow());
    }

    @Test
    void theComplaintRateIsComplaintsPerHundredHouseholdsAndItsFallIsRelative() {
        CrossModuleIndicator rate = CrossModuleIndicator.COMPLAINT_RATE;
        Figure now = rate.combine(book.total("orders.complaints", Q3), book.total("register.households", Q3));
        Figure before = rate.combine(book.total("orders.complaints", Q2), book.total("register.households", Q2));

        assertEquals(new BigDecimal("0.75"), now.value().orElseThrow());
        assertEquals(new BigDecimal("2.50"), before.value().orElseThrow());
        assertEquals(new BigDecimal("-70.0"), now.changeFrom(before).orElseThrow());
    }

    @Test
    void noHouseholdsOnRecordMeansNoComplaintRate() {
        Figure rate = CrossModuleIndicator.COMPLAINT_RATE.combine(Figure.count(4), Figure.count(0));

        assertTrue(rate.value().isEmpty());
    }
}
