package org.communitypartners.merchants.eligibility.application;

import java.math.BigDecimal;
import org.communitypartners.merchants.eligibility.domain.EligibilityCategory;

/**
 * The answer to a one-time code at a till: whether the resident is eligible and the price to
 * charge. {@code category} is for server-side settlement and statistics only: never put it in
 * a page, a REST answer or a log a merchant can read.
 *
 * @param useId the used code's id (null when not eligible: nothing was used)
 */
public record BenefitUse(Long useId, boolean eligible, BigDecimal price, EligibilityCategory category) {

    static BenefitUse notEligible() {
        return new BenefitUse(null, false, null, null);
    }
}
