package org.communitypartners.merchants.donations.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.merchants.donations.application.DonationViews.Thanks;
import org.communitypartners.merchants.donations.application.PublicThanks;

/** A community's thanks to its donors ({@code /thanks/index.xhtml?c=<community code>}), on a phone, without signing in. */
@Named("donationThanksPage")
@ViewScoped
public class ThanksPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PublicThanks thanks;
    @Inject
    Feedback feedback;

    private String community;
    private Thanks view;

    public void load() {
        view = null;
        if (community == null || community.isBlank()) {
            return;
        }
        try {
            view = thanks.of(community);
        } catch (NotFoundInScope unknown) {
            feedback.info("common.notFound");
        }
    }

    public Thanks getView() {
        return view;
    }

    public String getCommunity() {
        return community;
    }

    public void setCommunity(String community) {
        this.community = community;
    }
}
