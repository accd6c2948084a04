package org.communitypartners.merchants.meals.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.communitypartners.merchants.eligibility.domain.EligibilityCategory;
import org.communitypartners.merchants.meals.domain.SubsidySettlement.Served;
import org.junit.jupiter.api.Test;

class SubsidySettlementTest {

    private static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void eachLineIsMealsTimesStandardLessPaidAndTheTotalsAddUp() {
        SubsidySettlement month = SubsidySettlement.of(List.of(
                new Served(EligibilityCategory.LOW_INCOME, yuan("15.00"), yuan("6.00"), 420),
                new Served(EligibilityCategory.AGED_80_PLUS, yuan("15.00"), yuan("8.00"), 300),
                new Served(null, yuan("15.00"), yuan("15.00"), 250)));

        SubsidySettlement.Line lowIncome = month.lines().get(0);
        assertEquals(EligibilityCategory.LOW_INCOME, lowIncome.category());
        assertEquals(yuan("3780.00"), lowIncome.subsidy(), "420 × (15 − 6)");
        assertEquals(yuan("6300.00"), lowIncome.standardTotal());
        assertEquals(yuan("2520.00"), lowIncome.paidTotal());
        assertEquals(yuan("2100.00"), month.lines().get(1).subsidy(), "300 × (15 − 8)");
        assertEquals(yuan("0.00"), month.lines().get(2).subsidy(), "standard-price meals carry no subsidy");

        assertEquals(970, month.meals());
        assertEquals(720, month.subsidisedMeals());
        assertEquals(yuan("5880.00"), month.subsidy());
        assertEquals(yuan("14550.00"), month.standardTotal());
        assertEquals(month.standardTotal().subtract(month.paidTotal()), month.subsidy(), "standard = paid + subsidy");
    }

    @Test
    void fenAreExactOverAMonthOfThreeThousandMealsADay() {
        SubsidySettlement month = SubsidySettlement.of(List.of(
                new Served(EligibilityCategory.EXTREME_HARDSHIP, yuan("14.99"), yuan("5.99"), 93_000)));
        assertEquals(yuan("837000.00"), month.subsidy());
        assertEquals(2, month.subsidy().scale());
    }

    @Test
    void aPriceChangeWithinTheMonthGivesItsOwnLineForTheSameCategory() {
        SubsidySettlement month = SubsidySettlement.of(List.of(
                new Served(EligibilityCategory.LOW_INCOME, yuan("16.00"), yuan("6.00"), 10),
                new Served(EligibilityCategory.LOW_INCOME, yuan("15.00"), yuan("6.00"), 20)));
        assertEquals(2, month.lines().size());
        assertEquals(yuan("15.00"), month.lines().get(0).standardPrice(), "lower standard price first");
        assertEquals(yuan("280.00"), month.subsidy(), "20 × 9 + 10 × 10");
    }

    @Test
    void linesAreInCategoryOrderWithStandardPriceLastAndEmptyGroupsLeftOut() {
        SubsidySettlement month = SubsidySettlement.of(List.of(
                new Served(null, yuan("15.00"), yuan("15.00"), 5),
                new Served(EligibilityCategory.EXTREME_HARDSHIP, yuan("15.00"), yuan("0.00"), 1),
                new Served(EligibilityCategory.LOW_INCOME, yuan("15.00"), yuan("6.00"), 0),
                new Served(EligibilityCategory.DISABLED, yuan("15.00"), yuan("8.00"), 2)));
        assertEquals(List.of(EligibilityCategory.DISABLED, EligibilityCategory.EXTREME_HARDSHIP),
                month.lines().stream().map(SubsidySettlement.Line::category).limit(2).toList());
        assertEquals(3, month.lines().size());
        assertEquals(yuan("29.00"), month.subsidy(), "2 × 7 + 1 × 15");
    }

    @Test
    void aMonthWithoutServedMealsSettlesToZero() {
        SubsidySettlement month = SubsidySettlement.of(List.of());
        assertEquals(0, month.meals());
        assertEquals(yuan("0.00"), month.subsidy());
    }
}
