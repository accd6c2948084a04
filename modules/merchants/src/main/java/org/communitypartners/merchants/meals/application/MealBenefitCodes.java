package org.communitypartners.merchants.meals.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.communitypartners.merchants.eligibility.domain.EligibilityCategory;
import org.communitypartners.merchants.meals.domain.Reconciliation;
import org.communitypartners.merchants.meals.domain.SetPrices;

/**
 * The port through which a meal point proves a subsidised meal without learning who eats it: the
 * older resident shows a one-time benefit code; the code is used up for this meal point and the
 * set's prices, and the meal point learns only whether it is eligible and what to charge. The
 * category comes back for the settlement and is never shown to the meal point. Implemented by the
 * benefit codes of the eligibility feature; without an implementation subsidised ordering and the
 * reconciliation answer that benefit codes are not available.
 */
public interface MealBenefitCodes {

    /** A code's use: its id, whether the resident is eligible for the set, the price to pay, the category (settlement only). */
    record Redemption(Long useId, boolean eligible, BigDecimal price, EligibilityCategory category) {
    }

    /** Uses the one-time code for a meal at the meal point priced per category; not eligible leaves the code unused. */
    Redemption redeem(String code, long mealPointId, SetPrices prices);

    /** The code uses recorded for the meal point on the days [from, to). */
    List<Reconciliation.CodeUse> usesAt(long mealPointId, LocalDate from, LocalDate to);
}
