package org.communitypartners.massorg.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.massorg.MassOrganizationsModule;
import org.communitypartners.massorg.application.ActivityView;
import org.communitypartners.massorg.application.PublicActivities;
import org.communitypartners.massorg.application.PublicActivities.Receipt;
import org.communitypartners.massorg.application.PublicReviews;
import org.communitypartners.massorg.application.ReviewView;

/**
 * The public registration page: an activity and a short form (name, phone); afterwards the
 * registration code and the way to follow, cancel or check in with it.
 */
@Named
@ViewScoped
public class ActivityRegistrationPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PublicActivities activities;
    @Inject
    PublicReviews reviews;
    @Inject
    PublicActivityLimits limits;
    @Inject
    Feedback feedback;

    private Long id;
    private ActivityView activity;
    private String name;
    private String phone;
    private boolean livesInCommunity;
    private Receipt receipt;
    private ReviewView review;

    public void load() {
        if (id == null) {
            return;
        }
        feedback.attemptIn(MassOrganizationsModule.BUNDLE, () -> {
            limits.lookup();
            try {
                activity = activities.activity(id);
                review = reviews.review(id);
            } catch (NotFoundInScope unknown) {
                feedback.info("common.notFound");
            }
        }, null);
    }

    public void register() {
        feedback.attemptIn(MassOrganizationsModule.BUNDLE, () -> {
            limits.registration();
            receipt = activities.register(id, name, phone, livesInCommunity);
            activity = receipt.activity();
        }, "registration.done");
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ActivityView getActivity() {
        return activity;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isLivesInCommunity() {
        return livesInCommunity;
    }

    public void setLivesInCommunity(boolean livesInCommunity) {
        this.livesInCommunity = livesInCommunity;
    }

    /** The look back on the activity once it is over: summary, photos, satisfaction. */
    public ReviewView getReview() {
        return review;
    }

    public Receipt getReceipt() {
        return receipt;
    }
}
