package org.communitypartners.merchants.offers.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.eligibility.domain.EligibilityCategory;
import org.communitypartners.merchants.library.application.MerchantLibrary;
import org.communitypartners.merchants.library.application.MerchantView;
import org.communitypartners.merchants.offers.application.BenefitOffers;
import org.communitypartners.merchants.offers.application.BenefitOffers.OfferDraft;
import org.communitypartners.merchants.offers.application.OfferViews.OfferView;

/**
 * A merchant's benefit offers ({@code ?profile=<id>}; a merchant's own staff land on their own):
 * the list with this month's person-times against the quota, and the form with a price per
 * eligibility category (empty: not offered to that category).
 */
@Named("benefitOffersPage")
@ViewScoped
public class OffersPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    BenefitOffers offers;
    @Inject
    MerchantLibrary library;
    @Inject
    Feedback feedback;

    private Long profileId;
    private MerchantView merchant;
    private List<OfferView> list = List.of();
    private List<MerchantView> merchants = List.of();

    private Long offerId;
    private long offerVersion;
    private String serviceName;
    private BigDecimal normalPrice;
    private final Map<EligibilityCategory, BigDecimal> prices = new EnumMap<>(EligibilityCategory.class);
    private LocalDate validFrom;
    private LocalDate validUntil;
    private Integer monthlyQuota;

    public void load() {
        merchants = library.list(null, null, null, null, new PageRequest(0, PageRequest.MAX_SIZE, "name", true),
                locale());
        if (profileId == null && merchants.size() == 1) {
            profileId = merchants.get(0).id();
        }
        if (profileId != null) {
            show(profileId);
        }
        clear();
    }

    public void show(long id) {
        profileId = id;
        try {
            merchant = library.get(id, locale());
            list = offers.ofMerchant(id);
        } catch (NotFoundInScope unknown) {
            merchant = null;
            list = List.of();
            feedback.info("common.notFound");
        }
    }

    public void edit(OfferView offer) {
        offerId = offer.id();
        offerVersion = offer.version();
        serviceName = offer.serviceName();
        normalPrice = offer.normalPrice();
        prices.clear();
        prices.putAll(offer.prices());
        validFrom = offer.validFrom();
        validUntil = offer.validUntil();
        monthlyQuota = offer.monthlyQuota();
    }

    public void clear() {
        offerId = null;
        serviceName = null;
        normalPrice = null;
        prices.clear();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        validFrom = today;
        validUntil = today.plusYears(1);
        monthlyQuota = null;
    }

    public void save() {
        long profile = merchant.id();
        OfferDraft draft = new OfferDraft(serviceName, normalPrice, new EnumMap<>(prices), validFrom, validUntil,
                monthlyQuota);
        feedback.attemptIn(MerchantsModule.BUNDLE, () -> {
            if (offerId == null) {
                offers.create(profile, draft);
            } else {
                offers.update(offerId, offerVersion, draft);
            }
            show(profile);
            clear();
        }, "offer.saved");
    }

    public List<EligibilityCategory> getCategories() {
        return List.of(EligibilityCategory.values());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public Long getProfileId() {
        return profileId;
    }

    public void setProfileId(Long profileId) {
        this.profileId = profileId;
    }

    public MerchantView getMerchant() {
        return merchant;
    }

    public List<OfferView> getList() {
        return list;
    }

    public List<MerchantView> getMerchants() {
        return merchants;
    }

    public Long getOfferId() {
        return offerId;
    }

    public String getServiceName() {
        return serviceName;
    }

    public void setServiceName(String serviceName) {
        this.serviceName = serviceName;
    }

    public BigDecimal getNormalPrice() {
        return normalPrice;
    }

    public void setNormalPrice(BigDecimal normalPrice) {
        this.normalPrice = normalPrice;
    }

    public Map<EligibilityCategory, BigDecimal> getPrices() {
        return prices;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public Integer getMonthlyQuota() {
        return monthlyQuota;
    }

    public void setMonthlyQuota(Integer monthlyQuota) {
        this.monthlyQuota = monthlyQuota;
    }
}
