package org.communitypartners.merchants.offers.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.library.application.MerchantLibrary;
import org.communitypartners.merchants.library.application.MerchantView;
import org.communitypartners.merchants.offers.application.BenefitOffers;
import org.communitypartners.merchants.offers.application.OfferViews.OfferView;
import org.communitypartners.merchants.offers.application.OfferViews.RedemptionAnswer;

/**
 * The till on a phone: the merchant's staff pick one of their offers valid today, type the
 * resident's six digits and see "eligible: yes/no" and the price to charge — nothing else.
 */
@Named("benefitRedeemPage")
@ViewScoped
public class RedeemPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    BenefitOffers offers;
    @Inject
    MerchantLibrary library;
    @Inject
    Feedback feedback;

    private List<OfferView> valid = List.of();
    private Long offerId;
    private String code;
    private RedemptionAnswer answer;

    public void load() {
        List<MerchantView> own = library.list(null, null, null, null,
                new PageRequest(0, PageRequest.MAX_SIZE, "name", true), Locale.CHINA);
        valid = own.stream().flatMap(m -> offers.ofMerchant(m.id()).stream()).filter(OfferView::validToday).toList();
        if (offerId == null && valid.size() == 1) {
            offerId = valid.get(0).id();
        }
    }

    public void redeem() {
        answer = null;
        Long offer = offerId;
        String typed = code;
        if (offer == null) {
            feedback.errorIn(MerchantsModule.BUNDLE, "redeem.chooseOffer");
            return;
        }
        feedback.attemptIn(MerchantsModule.BUNDLE, () -> answer = offers.redeem(offer, typed), null);
        code = null;
    }

    public List<OfferView> getValid() {
        return valid;
    }

    public Long getOfferId() {
        return offerId;
    }

    public void setOfferId(Long offerId) {
        this.offerId = offerId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public RedemptionAnswer getAnswer() {
        return answer;
    }
}
