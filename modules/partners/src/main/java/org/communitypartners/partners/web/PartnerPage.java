package org.communitypartners.partners.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.api.PartnerView;
import org.communitypartners.partners.application.PartnerRegistry;
import org.communitypartners.partners.application.PartnerRegistry.StatusChangeView;
import org.communitypartners.partners.domain.PartnerLifecycle;
import org.omnifaces.cdi.ViewScoped;

/** One partner: its profile, the lifecycle steps open to it, and its history. */
@Named
@ViewScoped
public class PartnerPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PartnerRegistry registry;
    @Inject
    OrgDirectory directory;
    @Inject
    Feedback feedback;

    private Long id;
    private PartnerView partner;
    private List<StatusChangeView> history;
    private PartnerLifecycle step;
    private String reason;

    /** Loads the partner named in the URL (?id=); another subdistrict's partner answers 404. */
    public void load() {
        partner = registry.get(id == null ? -1 : id);
        history = registry.history(partner.id());
    }

    public List<PartnerLifecycle> getSteps() {
        return Arrays.stream(PartnerLifecycle.values()).filter(s -> s.allowedFrom(partner.status())).toList();
    }

    public void prepareStep(PartnerLifecycle chosen) {
        step = chosen;
        reason = null;
    }

    public void takeStep() {
        if (feedback.attemptIn(PartnersModule.BUNDLE, () -> registry.take(partner.id(), partner.version(), step, reason),
                "partner.stepTaken")) {
            load();
        }
    }

    /** The names of the communities it serves, for reading rather than ids. */
    public String getServedCommunityNames() {
        return partner.servedCommunityIds().stream().map(directory::find)
                .map(u -> u.map(OrgUnitView::name).orElse("?")).collect(Collectors.joining("、"));
    }

    public String getHomeUnitName() {
        return directory.find(partner.homeUnitId()).map(OrgUnitView::name).orElse("");
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PartnerView getPartner() {
        return partner;
    }

    public List<StatusChangeView> getHistory() {
        return history;
    }

    public PartnerLifecycle getStep() {
        return step;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
