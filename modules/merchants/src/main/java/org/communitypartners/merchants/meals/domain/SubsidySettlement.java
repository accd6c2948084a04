package org.communitypartners.merchants.meals.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.communitypartners.merchants.eligibility.domain.EligibilityCategory;

/**
 * A meal point's subsidy for a month (助餐补贴结算): served meals grouped by eligibility category
 * and the prices they were ordered at, each line's subsidy = meals × (standard − paid), and the
 * totals. Meals at the standard price are listed too (category absent), with no subsidy. Amounts
 * are exact: prices are whole fen, so products and sums need no rounding beyond
 * {@link MealRules#yuan}.
 */
public record SubsidySettlement(List<Line> lines, long meals, long subsidisedMeals, BigDecimal standardTotal,
                                BigDecimal paidTotal, BigDecimal subsidy) {

    /** Served meals of one category at one pair of prices, as counted in the database. */
    public record Served(EligibilityCategory category, BigDecimal standardPrice, BigDecimal paidPrice, long meals) {
    }

    /** A line of the settlement. */
    public record Line(EligibilityCategory category, BigDecimal standardPrice, BigDecimal paidPrice, long meals,
                       BigDecimal standardTotal, BigDecimal paidTotal, BigDecimal subsidy) {
    }

    private static final Comparator<Line> ORDER = Comparator
            .comparing((Line l) -> l.category() == null ? Integer.MAX_VALUE : l.category().ordinal())
            .thenComparing(Line::standardPrice).thenComparing(Line::paidPrice);

    public static SubsidySettlement of(List<Served> served) {
        List<Line> lines = served.stream().filter(s -> s.meals() > 0).map(SubsidySettlement::line).sorted(ORDER).toList();
        long meals = lines.stream().mapToLong(Line::meals).sum();
        long subsidised = lines.stream().filter(l -> l.category() != null).mapToLong(Line::meals).sum();
        return new SubsidySettlement(lines, meals, subsidised,
                MealRules.yuan(lines.stream().map(Line::standardTotal).reduce(BigDecimal.ZERO, BigDecimal::add)),
                MealRules.yuan(lines.stream().map(Line::paidTotal).reduce(BigDecimal.ZERO, BigDecimal::add)),
                MealRules.yuan(lines.stream().map(Line::subsidy).reduce(BigDecimal.ZERO, BigDecimal::add)));
    }

    private static Line line(Served s) {
        BigDecimal count = BigDecimal.valueOf(s.meals());
        BigDecimal standardTotal = MealRules.yuan(s.standardPrice().multiply(count));
        BigDecimal paidTotal = MealRules.yuan(s.paidPrice().multiply(count));
        BigDecimal subsidy = MealRules.yuan(s.standardPrice().subtract(s.paidPrice()).multiply(count));
        return new Line(s.category(), MealRules.yuan(s.standardPrice()), MealRules.yuan(s.paidPrice()), s.meals(),
                standardTotal, paidTotal, subsidy);
    }
}
