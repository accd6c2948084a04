package org.communitypartners.partners.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.api.PartnerView;
import org.communitypartners.partners.application.PartnerRegistry.AgreementView;
import org.communitypartners.partners.application.PartnerRegistry.StatusChangeView;
import org.communitypartners.partners.application.PartnerRegistry;
import org.communitypartners.partners.domain.PartnerLifecycle;
import org.communitypartners.partners.orders.application.Scorecards;
import org.communitypartners.partners.orders.domain.Scorecard;
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
    @Inject
    SecurityContext security;
    @Inject
    Scorecards scorecards;

    private Long id;
    private PartnerView partner;
    private List<StatusChangeView> history;
    private PartnerLifecycle step;
    private String reason;
    private List<AgreementView> agreements;
    private List<String> staff;
    private Scorecard scorecard;
    private boolean hasLogo;
    private transient Part logoFile;
    private String staffUsername;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String partnerCommitments;
    private String communityCommitments;

    /** Loads the partner named in the URL (?id=); another subdistrict's partner answers 404. */
    public void load() {
        partner = registry.get(id == null ? -1 : id);
        history = registry.history(partner.id());
        agreements = registry.agreements(partner.id());
        staff = registry.staff(partner.id());
        scorecard = scorecards.of(partner.id(), null, null);
        hasLogo = registry.logo(partner.id()).isPresent();
    }

    public void uploadLogo() {
        if (logoFile == null || logoFile.getSize() == 0) {
            return;
        }
        feedback.attemptIn(PartnersModule.BUNDLE, () -> registry.replaceLogo(partner.id(), bytes(logoFile)),
                "partner.logoReplaced");
        load();
    }

    private static byte[] bytes(Part part) {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw RuleViolation.kernel("photo.notAnImage");
        }
    }

    public boolean isHasLogo() {
        return hasLogo;
    }

    public Part getLogoFile() {
        return logoFile;
    }

    public void setLogoFile(Part logoFile) {
        this.logoFile = logoFile;
    }

    /** Orders taken over the last twelve months, on time, resolved, rated and complained about. */
    public Scorecard getScorecard() {
        return scorecard;
    }

    public void bindStaff() {
        if (feedback.attemptIn(PartnersModule.BUNDLE, () -> registry.bindStaff(partner.id(), staffUsername),
                "partner.staffBound", staffUsername)) {
            staffUsername = null;
            load();
        }
    }

    public List<String> getStaff() {
        return staff;
    }

    public String getStaffUsername() {
        return staffUsername;
    }

    public void setStaffUsername(String staffUsername) {
        this.staffUsername = staffUsername;
    }

    public boolean isMayRecordAgreements() {
        return security.isCallerInRole(Roles.SUBDISTRICT_ADMIN) || security.isCallerInRole(Roles.SYSTEM_ADMIN);
    }

    public void prepareAgreement() {
        startsOn = null;
        endsOn = null;
        partnerCommitments = null;
        communityCommitments = null;
    }

    public void addAgreement() {
        if (feedback.attemptIn(PartnersModule.BUNDLE, () -> registry.addAgreement(partner.id(), startsOn, endsOn,
                partnerCommitments, communityCommitments), "agreement.added")) {
            load();
        }
    }

    public List<AgreementView> getAgreements() {
        return agreements;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getPartnerCommitments() {
        return partnerCommitments;
    }

    public void setPartnerCommitments(String partnerCommitments) {
        this.partnerCommitments = partnerCommitments;
    }

    public String getCommunityCommitments() {
        return communityCommitments;
    }

    public void setCommunityCommitments(String communityCommitments) {
        this.communityCommitments = communityCommitments;
    }

    public List<PartnerLifecycle> getSteps() {
        Set<String> roles = Roles.ALL.stream().filter(security::isCallerInRole).collect(Collectors.toSet());
        return Arrays.stream(PartnerLifecycle.values())
                .filter(s -> s.allowedFrom(partner.status()) && s.mayBeTakenBy(roles)).toList();
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
