package org.communitypartners.massorg.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.massorg.MassOrganizationsModule;
import org.communitypartners.massorg.application.ActivityView;
import org.communitypartners.massorg.application.PublicActivities;

/** A community's coming activities as a list residents read on a phone, with the feed to subscribe to. */
@Named
@ViewScoped
public class CalendarPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PublicActivities activities;
    @Inject
    PublicActivityLimits limits;
    @Inject
    Feedback feedback;

    private Long communityId;
    private OrgUnitView community;
    private List<ActivityView> upcoming = List.of();

    public void load() {
        if (communityId == null) {
            return;
        }
        feedback.attemptIn(MassOrganizationsModule.BUNDLE, () -> {
            limits.lookup();
            try {
                community = activities.community(communityId);
                upcoming = activities.upcoming(communityId);
            } catch (NotFoundInScope unknown) {
                feedback.info("common.notFound");
            }
        }, null);
    }

    public Long getCommunityId() {
        return communityId;
    }

    public void setCommunityId(Long communityId) {
        this.communityId = communityId;
    }

    public OrgUnitView getCommunity() {
        return community;
    }

    public List<ActivityView> getUpcoming() {
        return upcoming;
    }
}
