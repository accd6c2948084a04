package org.communitypartners.merchants.meals.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.communitypartners.kernel.api.KernelBundle;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.indicators.Figure;
import org.communitypartners.kernel.api.indicators.FigureRows;
import org.communitypartners.kernel.api.indicators.FigureRows.Column;
import org.communitypartners.kernel.api.indicators.FigureRows.Row;
import org.communitypartners.kernel.api.indicators.Measurement;
import org.communitypartners.kernel.api.indicators.Quarter;
import org.communitypartners.kernel.testing.FixedOrgDirectory;
import org.communitypartners.merchants.meals.domain.MealRepository;
import org.communitypartners.merchants.meals.domain.MealRepository.CommunityMeals;
import org.communitypartners.merchants.meals.domain.MealRepository.ServedOrder;
import org.communitypartners.merchants.meals.domain.ServingMode;
import org.junit.jupiter.api.Test;

class MealIndicatorsTest {
    private static final Quarter Q3 = new Quarter(2026, 3);
    private static final OrgUnitView GUANGLING = unit(2, "341181001000", OrgLevel.SUBDISTRICT, 1L, "/1/2/");
    private static final OrgUnitView TIANFU = unit(4, "341181001002", OrgLevel.COMMUNITY, 2L, "/1/2/4/");
    private static final OrgUnitView TIANYI = unit(5, "341181001003", OrgLevel.COMMUNITY, 2L, "/1/2/5/");
    private static final OrgUnitView YIMIN = unit(7, "341181001002001", OrgLevel.COMPOUND, 4L, "/1/2/4/7/");

    @Test
    void mealsAndSubsidyOfEachQuarterGoToTheMealPointsCommunity() {
        MealIndicators indicators = new MealIndicators();
        indicators.directory = new FixedOrgDirectory(List.of(GUANGLING, TIANFU, TIANYI, YIMIN));
        indicators.meals = repository((communities, from, to) -> {
            assertEquals(Set.of(2L, 4L, 5L, 7L), Set.copyOf(communities));
            if (from.equals(LocalDate.of(2026, 7, 1))) {
                assertEquals(LocalDate.of(2026, 10, 1), to, "a quarter is [first day, first day of the next)");
                return List.of(new CommunityMeals(4, 2_340, new BigDecimal("18720.00")),
                        new CommunityMeals(5, 10, new BigDecimal("0.00")));
            }
            return List.of(new CommunityMeals(4, 2_100, new BigDecimal("16800.00")));
        });

        List<Measurement> measured = indicators.measure(GUANGLING, new Quarter(2026, 2), new Quarter(2026, 3));

        assertEquals(6, measured.size());
        assertEquals(Figure.count(2_340), figure(measured, MealIndicators.MEALS_SERVED, "2026Q3", 4));
        assertEquals(Figure.amount(new BigDecimal("18720.00")), figure(measured, MealIndicators.SUBSIDY_PAID, "2026Q3", 4));
        assertEquals(Figure.count(10), figure(measured, MealIndicators.MEALS_SERVED, "2026Q3", 5));
        assertEquals(Figure.amount(new BigDecimal("16800.00")), figure(measured, MealIndicators.SUBSIDY_PAID, "2026Q2", 4));
    }

    @Test
    void aCommunityViewAttributesItsOwnMealPointsToItself() {
        MealIndicators indicators = new MealIndicators();
        indicators.directory = new FixedOrgDirectory(List.of(GUANGLING, TIANFU, TIANYI, YIMIN));
        indicators.meals = repository((communities, from, to) -> List.of(new CommunityMeals(4, 5, new BigDecimal("45.00"))));
        List<Measurement> measured = indicators.measure(TIANFU, new Quarter(2026, 3), new Quarter(2026, 3));
        assertEquals(4L, measured.get(0).partId(), "rows directly on the place count for the place");
        assertEquals(Figure.count(5), figure(measured, MealIndicators.MEALS_SERVED, "2026Q3", 4));
    }

    @Test
    void bothFiguresListTheServedOrdersWithTheSubsidyLast() {
        MealIndicators indicators = new MealIndicators();
        indicators.meals = repository(Map.of(
                "servedOrders", args -> {
                    assertEquals(List.of(Set.of(4L, 7L), Q3.firstDay(), Q3.endDay(), 100, 50), List.of(args));
                    return List.of(
                            new ServedOrder(12, LocalDate.of(2026, 9, 30), "天福助餐点", "孝亲套餐", ServingMode.DELIVERY,
                                    new BigDecimal("15.00"), new BigDecimal("7.00")),
                            new ServedOrder(11, LocalDate.of(2026, 7, 1), "天福助餐点", "普通套餐", ServingMode.DINE_IN,
                                    new BigDecimal("12.00"), new BigDecimal("12.00")));
                },
                "countServed", args -> 102L));

        FigureRows subsidy = indicators.rows(MealIndicators.SUBSIDY_PAID, Set.of(4L, 7L), Q3, 100, 50,
                KernelBundle.CHINESE);

        assertEquals(List.of("用餐日期", "助餐点", "套餐", "就餐方式", "标准价（元）", "实付价（元）", "补贴金额（元）"),
                subsidy.columns().stream().map(Column::heading).toList());
        assertEquals(List.of(false, false, false, false, true, true, true),
                subsidy.columns().stream().map(Column::numeric).toList());
        assertEquals(List.of(Row.of("2026-09-30", "天福助餐点", "孝亲套餐", "送餐", "15.00", "7.00", "8.00"),
                Row.of("2026-07-01", "天福助餐点", "普通套餐", "堂食", "12.00", "12.00", "0.00")), subsidy.rows());
        assertEquals(102, subsidy.total());
        assertEquals(subsidy, indicators.rows(MealIndicators.MEALS_SERVED, Set.of(4L, 7L), Q3, 100, 50,
                KernelBundle.CHINESE));

        FigureRows english = indicators.rows(MealIndicators.MEALS_SERVED, Set.of(4L, 7L), Q3, 100, 50, Locale.ENGLISH);
        assertEquals(List.of("Day", "Meal point", "Set", "Served as", "Standard price (yuan)", "Paid (yuan)",
                "Subsidy (yuan)"), english.columns().stream().map(Column::heading).toList());
        assertEquals("Delivery", english.rows().get(0).cells().get(3));
    }

    @Test
    void aPageOfNoRowsOnlyCountsTheMeals() {
        MealIndicators indicators = new MealIndicators();
        indicators.meals = repository(Map.of("countServed", args -> 1_000_000L));
        FigureRows served = indicators.rows(MealIndicators.MEALS_SERVED, Set.of(4L), Q3, 0, 0, Locale.ENGLISH);
        assertTrue(served.rows().isEmpty());
        assertEquals(1_000_000, served.total());
    }

    @Test
    void noUnitsHaveNoMealsAndAskNothing() {
        MealIndicators indicators = new MealIndicators();
        indicators.meals = repository(Map.of());
        FigureRows served = indicators.rows(MealIndicators.SUBSIDY_PAID, Set.of(), Q3, 0, 50, Locale.ENGLISH);
        assertEquals(0, served.total());
        assertTrue(served.rows().isEmpty());
    }

    @Test
    void aKeyOfAnotherSourceIsRefusedAndBothFiguresUseTheDashboardsPage() {
        MealIndicators indicators = new MealIndicators();
        assertThrows(IllegalArgumentException.class,
                () -> indicators.rows("benefits.value", Set.of(4L), Q3, 0, 50, Locale.ENGLISH));
        indicators.definitions().forEach(definition -> assertNull(definition.rowsPage(), definition.key()));
    }

    private static Figure figure(List<Measurement> measured, String key, String quarter, long part) {
        return measured.stream().filter(m -> m.key().equals(key) && m.quarter().toString().equals(quarter)
                && m.partId() == part).findFirst().orElseThrow().figure();
    }

    private interface Served {
        List<CommunityMeals> per(Collection<Long> communities, LocalDate from, LocalDate to);
    }

    @SuppressWarnings("unchecked")
    private static MealRepository repository(Served served) {
        return repository(Map.of("servedPerCommunity", args -> served.per((Collection<Long>) args[0],
                (LocalDate) args[1], (LocalDate) args[2])));
    }

    /** A repository that answers the given queries only; anything else fails the test. */
    private static MealRepository repository(Map<String, Function<Object[], Object>> answers) {
        InvocationHandler handler = (proxy, method, args) -> {
            Function<Object[], Object> answer = answers.get(method.getName());
            if (answer == null) {
                throw new AssertionError("unexpected " + method.getName());
            }
            return answer.apply(args);
        };
        return (MealRepository) Proxy.newProxyInstance(MealRepository.class.getClassLoader(),
                new Class<?>[] {MealRepository.class}, handler);
    }

    private static OrgUnitView unit(long id, String code, OrgLevel level, Long parent, String path) {
        return new OrgUnitView(id, code, code, level, parent, path, null, null, true, 0);
    }
}
