package org.communitypartners.merchants.meals.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.indicators.Figure;
import org.communitypartners.kernel.api.indicators.Measurement;
import org.communitypartners.kernel.api.indicators.Quarter;
import org.communitypartners.merchants.meals.domain.MealRepository;
import org.communitypartners.merchants.meals.domain.MealRepository.CommunityMeals;
import org.junit.jupiter.api.Test;

class MealIndicatorsTest {
    private static final OrgUnitView GUANGLING = unit(2, "341181001000", OrgLevel.SUBDISTRICT, 1L, "/1/2/");
    private static final OrgUnitView TIANFU = unit(4, "341181001002", OrgLevel.COMMUNITY, 2L, "/1/2/4/");
    private static final OrgUnitView TIANYI = unit(5, "341181001003", OrgLevel.COMMUNITY, 2L, "/1/2/5/");
    private static final OrgUnitView YIMIN = unit(7, "341181001002001", OrgLevel.COMPOUND, 4L, "/1/2/4/7/");

    @Test
    void mealsAndSubsidyOfEachQuarterGoToTheMealPointsCommunity() {
        MealIndicators indicators = new MealIndicators();
        indicators.directory = directory();
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
        indicators.directory = directory();
        indicators.meals = repository((communities, from, to) -> List.of(new CommunityMeals(4, 5, new BigDecimal("45.00"))));
        List<Measurement> measured = indicators.measure(TIANFU, new Quarter(2026, 3), new Quarter(2026, 3));
        assertEquals(4L, measured.get(0).partId(), "rows directly on the place count for the place");
        assertEquals(Figure.count(5), figure(measured, MealIndicators.MEALS_SERVED, "2026Q3", 4));
    }

    private static Figure figure(List<Measurement> measured, String key, String quarter, long part) {
        return measured.stream().filter(m -> m.key().equals(key) && m.quarter().toString().equals(quarter)
                && m.partId() == part).findFirst().orElseThrow().figure();
    }

    private interface Served {
        List<CommunityMeals> per(Collection<Long> communities, LocalDate from, LocalDate to);
    }

    /** A repository that answers the dashboard's query only; anything else fails the test. */
    @SuppressWarnings("unchecked")
    private static MealRepository repository(Served served) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("servedPerCommunity")) {
                return served.per((Collection<Long>) args[0], (LocalDate) args[1], (LocalDate) args[2]);
            }
            throw new AssertionError("unexpected " + method.getName());
        };
        return (MealRepository) Proxy.newProxyInstance(MealRepository.class.getClassLoader(),
                new Class<?>[] {MealRepository.class}, handler);
    }

    private static OrgDirectory directory() {
        List<OrgUnitView> tree = List.of(GUANGLING, TIANFU, TIANYI, YIMIN);
        InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
            case "subtree" -> tree.stream().filter(u -> u.path().startsWith(
                    tree.stream().filter(p -> p.id() == (long) args[0]).findFirst().orElseThrow().path())).toList();
            case "find" -> tree.stream().filter(u -> u.id() == (long) args[0]).findFirst();
            default -> throw new AssertionError("unexpected " + method.getName());
        };
        return (OrgDirectory) Proxy.newProxyInstance(OrgDirectory.class.getClassLoader(),
                new Class<?>[] {OrgDirectory.class}, handler);
    }

    private static OrgUnitView unit(long id, String code, OrgLevel level, Long parent, String path) {
        return new OrgUnitView(id, code, code, level, parent, path, null, null, true, 0);
    }
}
