package org.communitypartners.merchants.offers.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.security.enterprise.SecurityContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.PartnerStaffAccounts;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.merchants.eligibility.application.BenefitCodes;
import org.communitypartners.merchants.eligibility.application.BenefitUse;
import org.communitypartners.merchants.eligibility.domain.EligibilityCategory;
import org.communitypartners.merchants.eligibility.domain.TierPrices;
import org.communitypartners.merchants.library.application.MerchantLibrary;
import org.communitypartners.merchants.library.application.MerchantView;
import org.communitypartners.merchants.offers.application.OfferViews.OfferView;
import org.communitypartners.merchants.offers.application.OfferViews.Outcome;
import org.communitypartners.merchants.offers.application.OfferViews.PublicOffer;
import org.communitypartners.merchants.offers.application.OfferViews.RedemptionAnswer;
import org.communitypartners.merchants.offers.domain.BenefitOffer;
import org.communitypartners.merchants.offers.domain.OfferRepository;
import org.communitypartners.merchants.offers.domain.Redemption;

/**
 * Benefit offers: a merchant's own staff (or staff who keep its profile) write them; the
 * merchant's own staff redeem residents' codes against them under the monthly quota and learn
 * only "eligible: yes/no" and the price to charge.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF, Roles.PARTNER_STAFF})
public class BenefitOffers {
    static final String OFFER = "BenefitOffer";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    OfferRepository offers;
    @Inject
    MerchantLibrary library;
    @Inject
    BenefitCodes codes;
    @Inject
    PartnerStaffAccounts staffAccounts;
    @Inject
    OrgDirectory directory;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    SecurityContext security;

    /** An offer as written; prices per category, a missing one meaning "not offered to that category". */
    public record OfferDraft(String serviceName, BigDecimal normalPrice, Map<EligibilityCategory, BigDecimal> prices,
                             LocalDate validFrom, LocalDate validUntil, Integer monthlyQuota) {

        BenefitOffer.Terms terms() {
            return new BenefitOffer.Terms(serviceName, new TierPrices(normalPrice, prices), validFrom, validUntil,
                    monthlyQuota == null ? 0 : monthlyQuota);
        }
    }

    public OfferView create(long profileId, OfferDraft draft) {
        MerchantView merchant = library.get(profileId, Locale.CHINA);
        long subdistrict = directory.subdistrictOf(merchant.communityId()).orElseThrow().id();
        BenefitOffer offer = offers.add(new BenefitOffer(profileId, subdistrict, merchant.communityId(),
                draft(draft).terms(), caller(), clock.instant()));
        audit.success("offer.create", OFFER, offer.getId(), offer.getServiceName() + " " + offer.getNormalPrice());
        return OfferView.of(offer, today());
    }

    public OfferView update(long offerId, long version, OfferDraft draft) {
        BenefitOffer offer = visible(offerId);
        if (offer.getVersion() != version) {
            throw new OptimisticLockException();
        }
        offer.change(draft(draft).terms(), caller(), clock.instant());
        audit.success("offer.update", OFFER, offerId, offer.getServiceName() + " " + offer.getNormalPrice());
        return OfferView.of(offer, today());
    }

    public OfferView get(long offerId) {
        return OfferView.of(visible(offerId), today());
    }

    public List<OfferView> ofMerchant(long profileId) {
        library.get(profileId, Locale.CHINA);
        LocalDate today = today();
        return offers.ofProfile(profileId).stream().map(o -> OfferView.of(o, today)).toList();
    }

    /**
     * Uses a resident's code for the offer, at the merchant's till. The offer row is locked
     * first, so the month's quota holds however many tills type at once; a full quota or an
     * offer out of its dates leaves the code unused, and so does a resident the offer does not
     * price. The category that gave the price stays on the server.
     */
    @RolesAllowed(Roles.PARTNER_STAFF)
    public RedemptionAnswer redeem(long offerId, String code) {
        BenefitOffer seen = offers.find(offerId).orElseThrow(() -> new NotFoundInScope(OFFER, offerId));
        MerchantView merchant = library.get(seen.getProfileId(), Locale.CHINA);
        if (staffAccounts.callerPartnerId().filter(p -> p == merchant.partnerId()).isEmpty()) {
            throw new NotFoundInScope(OFFER, offerId);
        }
        BenefitOffer offer = offers.lock(offerId).orElseThrow(() -> new NotFoundInScope(OFFER, offerId));
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, CHINA);
        YearMonth month = YearMonth.from(today);
        BigDecimal normal = offer.getNormalPrice();
        if (!offer.validOn(today)) {
            return answer(offerId, new RedemptionAnswer(false, normal, Outcome.OFFER_NOT_VALID));
        }
        if (offer.usedIn(month) >= offer.getMonthlyQuota()) {
            return answer(offerId, new RedemptionAnswer(false, normal, Outcome.QUOTA_REACHED));
        }
        BenefitUse use = codes.consume(offer.getSubdistrictId(), code, offer.tierPrices());
        if (!use.eligible()) {
            return answer(offerId, new RedemptionAnswer(false, normal, Outcome.NOT_ELIGIBLE));
        }
        offer.takeQuota(month);
        offers.add(new Redemption(offer, month, use.category(), use.price(), caller(), now));
        return answer(offerId, new RedemptionAnswer(true, use.price(), Outcome.REDEEMED));
    }

    /** The offers valid today of the merchants shown on the public page: prices only, nobody named. */
    @PermitAll
    public List<PublicOffer> publicOffers(Collection<Long> profileIds) {
        return offers.validOn(profileIds, today()).stream().map(o -> {
            TierPrices prices = o.tierPrices();
            return new PublicOffer(o.getProfileId(), o.getServiceName(), prices.normalPrice(), prices.lowest(),
                    prices.highest());
        }).toList();
    }

    /** Whether the caller is a merchant's own staff, who redeem codes and see their own figures only. */
    public boolean callerIsMerchantStaff() {
        return library.callerIsMerchantStaff();
    }

    private RedemptionAnswer answer(long offerId, RedemptionAnswer answer) {
        audit.success("offer.redeem", OFFER, offerId, answer.outcome() + " " + answer.price());
        return answer;
    }

    private BenefitOffer visible(long offerId) {
        BenefitOffer offer = offers.find(offerId).orElseThrow(() -> new NotFoundInScope(OFFER, offerId));
        library.get(offer.getProfileId(), Locale.CHINA);
        return offer;
    }

    private static OfferDraft draft(OfferDraft draft) {
        return draft == null ? new OfferDraft(null, null, null, null, null, null) : draft;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), CHINA);
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }
}
