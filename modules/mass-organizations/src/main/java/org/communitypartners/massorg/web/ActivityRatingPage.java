package org.communitypartners.massorg.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.massorg.MassOrganizationsModule;
import org.communitypartners.massorg.application.PublicReviews;
import org.communitypartners.massorg.application.PublicReviews.RatingReceipt;

/** A participant rates an activity they attended with their registration code, and may change the score later. */
@Named
@ViewScoped
public class ActivityRatingPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PublicReviews reviews;
    @Inject
    PublicActivityLimits limits;
    @Inject
    Feedback feedback;

    private String code;
    private RatingReceipt receipt;
    private Integer score;

    public void load() {
        if (code != null && !code.isBlank()) {
            find();
        }
    }

    /** A wrong code says only that nothing was found. */
    public void find() {
        receipt = null;
        feedback.attemptIn(MassOrganizationsModule.BUNDLE, () -> {
            limits.lookup();
            try {
                receipt = reviews.rating(code);
                score = receipt.score();
            } catch (NotFoundInScope unknown) {
                feedback.info("common.notFound");
            }
        }, null);
    }

    public void rate() {
        feedback.attemptIn(MassOrganizationsModule.BUNDLE, () -> {
            limits.lookup();
            receipt = reviews.rate(code, score);
        }, "rating.done");
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public RatingReceipt getReceipt() {
        return receipt;
    }

    public Integer getScore() {
        return score;
    }

    public void setScore(Integer score) {
        this.score = score;
    }
}
