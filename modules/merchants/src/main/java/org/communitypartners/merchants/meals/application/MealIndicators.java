package org.communitypartners.merchants.meals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.indicators.Figure;
import org.communitypartners.kernel.api.indicators.FigureRows;
import org.communitypartners.kernel.api.indicators.FigureRows.Column;
import org.communitypartners.kernel.api.indicators.FigureRows.Row;
import org.communitypartners.kernel.api.indicators.FigureUnit;
import org.communitypartners.kernel.api.indicators.IndicatorDefinition;
import org.communitypartners.kernel.api.indicators.IndicatorSource;
import org.communitypartners.kernel.api.indicators.Measurement;
import org.communitypartners.kernel.api.indicators.PlaceParts;
import org.communitypartners.kernel.api.indicators.Quarter;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.meals.domain.MealRepository;

/**
 * The meal points' figures on the dashboard: meals served and subsidy paid per quarter (the day a
 * meal was for decides its quarter), attributed to the meal point's community.
 */
@ApplicationScoped
@Transactional
public class MealIndicators implements IndicatorSource {
    public static final String MEALS_SERVED = "meals.served";
    public static final String SUBSIDY_PAID = "meals.subsidy";

    @Inject
    MealRepository meals;
    @Inject
    OrgDirectory directory;

    @Override
    public String moduleKey() {
        return MerchantsModule.KEY;
    }

    @Override
    public String bundle() {
        return MerchantsModule.BUNDLE;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return List.of(IndicatorDefinition.total(MEALS_SERVED, FigureUnit.COUNT, true, null),
                IndicatorDefinition.total(SUBSIDY_PAID, FigureUnit.YUAN, true, null));
    }

    @Override
    public List<Measurement> measure(OrgUnitView place, Quarter from, Quarter to) {
        PlaceParts parts = PlaceParts.of(place, directory.subtree(place.id()));
        List<Measurement> measured = new ArrayList<>();
        for (Quarter q : Quarter.range(from, to)) {
            for (MealRepository.CommunityMeals served : meals.servedPerCommunity(parts.unitIds(), q.firstDay(),
                    q.endDay())) {
                parts.partOf(served.communityId()).ifPresent(part -> {
                    measured.add(Measurement.of(MEALS_SERVED, q, part, Figure.count(served.meals())));
                    measured.add(Measurement.of(SUBSIDY_PAID, q, part, Figure.amount(served.subsidy())));
                });
            }
        }
        return measured;
    }

    /**
     * Both figures share the served orders: one row each, the subsidy it drew last (standard price
     * minus paid, as the figure adds it up). Nothing names who ate or the category they are eligible under.
     */
    @Override
    public FigureRows rows(String key, Collection<Long> unitIds, Quarter quarter, int first, int max, Locale locale) {
        if (!key.equals(MEALS_SERVED) && !key.equals(SUBSIDY_PAID)) {
            throw new IllegalArgumentException("no rows for " + key);
        }
        List<Column> columns = List.of(column(locale, "rows.mealDay", false), column(locale, "rows.mealPoint", false),
                column(locale, "rows.mealSet", false), column(locale, "rows.servingMode", false),
                column(locale, "rows.standardPrice", true), column(locale, "rows.paidPrice", true),
                column(locale, "rows.subsidy", true));
        if (unitIds.isEmpty()) {
            return new FigureRows(columns, List.of(), 0);
        }
        List<Row> rows = max == 0 ? List.of()
                : meals.servedOrders(unitIds, quarter.firstDay(), quarter.endDay(), first, max).stream()
                        .map(order -> Row.of(order.day().toString(), order.pointName(), order.setName(),
                                MealWordings.mode(order.mode(), locale), amount(order.standardPrice()),
                                amount(order.paidPrice()), amount(order.subsidy())))
                        .toList();
        return new FigureRows(columns, rows, meals.countServed(unitIds, quarter.firstDay(), quarter.endDay()));
    }

    private static Column column(Locale locale, String key, boolean numeric) {
        return new Column(MealWordings.text(locale, key), numeric);
    }

    /** Yuan to the fen as a plain number, so the rows add up to the figure exactly. */
    private static String amount(BigDecimal yuan) {
        return yuan.setScale(2).toPlainString();
    }
}
