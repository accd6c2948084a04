package org.communitypartners.merchants.offers.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.communitypartners.kernel.api.KernelBundle;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.indicators.FigureRows;
import org.communitypartners.kernel.api.indicators.FigureRows.Column;
import org.communitypartners.kernel.api.indicators.FigureRows.Row;
import org.communitypartners.kernel.api.indicators.IndicatorDefinition;
import org.communitypartners.kernel.api.indicators.Quarter;
import org.communitypartners.kernel.testing.FixedOrgDirectory;
import org.communitypartners.merchants.offers.domain.BenefitFigures.CaringMerchant;
import org.communitypartners.merchants.offers.domain.BenefitFigures.Redeemed;
import org.communitypartners.merchants.offers.domain.OfferRepository;
import org.junit.jupiter.api.Test;

class BenefitIndicatorsTest {
    private static final Quarter Q3 = new Quarter(2026, 3);
    private static final Set<Long> UNITS = Set.of(2L, 4L, 5L);
    private static final OrgUnitView TIANFU = new OrgUnitView(4, "341181001002", "天福社区", OrgLevel.COMMUNITY, 2L,
            "/1/2/4/", null, null, true, 0);

    @Test
    void everyFigureListsItsRowsOnTheDashboardsOwnPage() {
        for (IndicatorDefinition definition : new BenefitIndicators().definitions()) {
            assertNull(definition.rowsPage(), definition.key());
        }
    }

    @Test
    void caringMerchantsAreListedWithTheirCommunityAndTheDayInChinaTheyWereMarked() {
        BenefitIndicators indicators = indicators(Map.of(
                "caringAt", args -> {
                    assertEquals(UNITS, args[0]);
                    assertEquals(Q3.end(), args[1], "counted at the quarter's end, as the figure");
                    assertEquals(List.of(20, 10), List.of(args[2], args[3]));
                    return List.of(new CaringMerchant(31, "福满楼", 4, Instant.parse("2026-06-30T16:30:00Z")),
                            new CaringMerchant(30, "惠民药房", 4, Instant.parse("2025-11-02T02:00:00Z")));
                },
                "countCaringAt", args -> 22L));

        FigureRows rows = indicators.rows(BenefitIndicators.CARING, UNITS, Q3, 20, 10, KernelBundle.CHINESE);

        assertEquals(List.of(new Column("商户", false), new Column("社区", false), new Column("爱心商企标记日期", false)),
                rows.columns());
        assertEquals(List.of(Row.of("福满楼", "天福社区", "2026-07-01"), Row.of("惠民药房", "天福社区", "2025-11-02")),
                rows.rows());
        assertEquals(22, rows.total());
    }

    @Test
    void personTimesAndValueShareTheRedemptionsWithTheValueGivenLast() {
        BenefitIndicators indicators = indicators(Map.of(
                "redemptions", args -> {
                    assertEquals(List.of(Q3.start(), Q3.end(), 0, 50), List.of(args[1], args[2], args[3], args[4]));
                    return List.of(new Redeemed(9, Instant.parse("2026-07-15T01:30:00Z"), "福满楼", "理发",
                                    new BigDecimal("30.00"), new BigDecimal("18.00")),
                            new Redeemed(8, Instant.parse("2026-07-01T00:05:00Z"), "惠民药房", "测血压",
                                    new BigDecimal("10.00"), new BigDecimal("0.00")));
                },
                "countRedemptions", args -> 2L));

        FigureRows value = indicators.rows(BenefitIndicators.VALUE, UNITS, Q3, 0, 50, Locale.ENGLISH);

        assertEquals(List.of("Time", "Merchant", "Offer", "Normal price (yuan)", "Price paid (yuan)",
                "Value given (yuan)"), value.columns().stream().map(Column::heading).toList());
        assertEquals(List.of(false, false, false, true, true, true),
                value.columns().stream().map(Column::numeric).toList());
        assertEquals(Row.of("2026-07-15 09:30", "福满楼", "理发", "30.00", "18.00", "12.00"), value.rows().get(0));
        assertEquals(Row.of("2026-07-01 08:05", "惠民药房", "测血压", "10.00", "0.00", "10.00"), value.rows().get(1));
        assertEquals(new BigDecimal("22.00"), lastColumnSum(value));
        assertEquals(2, value.total());
        assertEquals(value, indicators.rows(BenefitIndicators.PERSON_TIMES, UNITS, Q3, 0, 50, Locale.ENGLISH));
    }

    @Test
    void aPageOfNoRowsOnlyCountsThem() {
        BenefitIndicators indicators = indicators(Map.of("countRedemptions", args -> 1_000_000L,
                "countCaringAt", args -> 7L));

        FigureRows personTimes = indicators.rows(BenefitIndicators.PERSON_TIMES, UNITS, Q3, 0, 0, Locale.ENGLISH);
        FigureRows caring = indicators.rows(BenefitIndicators.CARING, UNITS, Q3, 0, 0, Locale.ENGLISH);

        assertTrue(personTimes.rows().isEmpty());
        assertEquals(1_000_000, personTimes.total());
        assertEquals(7, caring.total());
    }

    @Test
    void noUnitsHaveNoRowsAndAskNothing() {
        BenefitIndicators indicators = indicators(Map.of());
        for (String key : List.of(BenefitIndicators.CARING, BenefitIndicators.PERSON_TIMES, BenefitIndicators.VALUE)) {
            FigureRows rows = indicators.rows(key, Set.of(), Q3, 0, 50, KernelBundle.CHINESE);
            assertEquals(0, rows.total());
            assertTrue(rows.rows().isEmpty());
        }
    }

    @Test
    void aKeyOfAnotherSourceIsRefused() {
        BenefitIndicators indicators = indicators(Map.of());
        assertThrows(IllegalArgumentException.class,
                () -> indicators.rows("meals.served", UNITS, Q3, 0, 50, Locale.ENGLISH));
    }

    private static BigDecimal lastColumnSum(FigureRows rows) {
        return rows.rows().stream().map(row -> new BigDecimal(row.cells().get(row.cells().size() - 1)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Sources over a repository answering only the given queries; anything else fails the test. */
    private static BenefitIndicators indicators(Map<String, Function<Object[], Object>> answers) {
        BenefitIndicators indicators = new BenefitIndicators();
        InvocationHandler repository = (proxy, method, args) -> {
            Function<Object[], Object> answer = answers.get(method.getName());
            if (answer == null) {
                throw new AssertionError("unexpected " + method.getName());
            }
            return answer.apply(args);
        };
        indicators.offers = (OfferRepository) Proxy.newProxyInstance(OfferRepository.class.getClassLoader(),
                new Class<?>[] {OfferRepository.class}, repository);
        indicators.directory = new FixedOrgDirectory(List.of(TIANFU));
        return indicators;
    }
}
