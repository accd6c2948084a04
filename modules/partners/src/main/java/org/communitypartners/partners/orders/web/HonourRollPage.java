package org.communitypartners.partners.orders.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.partners.orders.application.HonourRoll;
import org.omnifaces.cdi.ViewScoped;

/** The public roll of honour of a community's partners ({@code /honour/index.xhtml?c=<community id>}). */
@Named("honourRollPage")
@ViewScoped
public class HonourRollPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    HonourRoll honour;

    private Long communityId;
    private HonourRoll.Roll roll;

    public void load() {
        if (communityId == null) {
            throw new NotFoundInScope("Community", null);
        }
        roll = honour.of(communityId);
    }

    public HonourRoll.Roll getRoll() {
        return roll;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public void setCommunityId(Long communityId) {
        this.communityId = communityId;
    }
}
