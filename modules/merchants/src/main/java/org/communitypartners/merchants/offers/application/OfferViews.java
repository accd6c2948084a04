package org.communitypartners.merchants.offers.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.communitypartners.merchants.eligibility.domain.EligibilityCategory;
import org.communitypartners.merchants.offers.domain.BenefitOffer;

/** What pages and REST show of offers and redemptions. */
public final class OfferViews {

    private OfferViews() {
    }

    /** An offer as its merchant and staff see it: the merchant set these prices, so it may read them. */
    public record OfferView(long id, long version, long profileId, String serviceName, BigDecimal normalPrice,
                            Map<EligibilityCategory, BigDecimal> prices, LocalDate validFrom, LocalDate validUntil,
                            int monthlyQuota, int usedThisMonth, boolean validToday) {

        static OfferView of(BenefitOffer offer, LocalDate today) {
            return new OfferView(offer.getId(), offer.getVersion(), offer.getProfileId(), offer.getServiceName(),
                    offer.getNormalPrice(), offer.tierPrices().prices(), offer.getValidFrom(), offer.getValidUntil(),
                    offer.getMonthlyQuota(), offer.usedIn(YearMonth.from(today)), offer.validOn(today));
        }
    }

    /** An offer on the public page: the service, its price and the range of benefit prices, naming nobody. */
    public record PublicOffer(long profileId, String serviceName, BigDecimal normalPrice, BigDecimal lowestPrice,
                              BigDecimal highestPrice) {

        /** Free for every category it is offered to. */
        public boolean free() {
            return highestPrice.signum() == 0;
        }

        /** One benefit price for every category (so no range is shown). */
        public boolean onePrice() {
            return lowestPrice.compareTo(highestPrice) == 0;
        }
    }

    /** Why a code did or did not lower the price; none of them says which category applied. */
    public enum Outcome {
        REDEEMED, NOT_ELIGIBLE, QUOTA_REACHED, OFFER_NOT_VALID
    }

    /**
     * All a merchant learns from a code: eligible or not, and the price to charge (the normal
     * price when not eligible). Deliberately no category, resident or code id.
     */
    public record RedemptionAnswer(boolean eligible, BigDecimal price, Outcome outcome) {
    }
}
