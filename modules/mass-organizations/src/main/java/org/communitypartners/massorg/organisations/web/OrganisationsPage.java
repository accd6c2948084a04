package org.communitypartners.massorg.organisations.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.kernel.api.web.PagedList;
import org.communitypartners.massorg.MassOrganizationsModule;
import org.communitypartners.massorg.organisations.application.MemberView;
import org.communitypartners.massorg.organisations.application.OrganisationAccess;
import org.communitypartners.massorg.organisations.application.OrganisationDesk;
import org.communitypartners.massorg.organisations.application.OrganisationView;
import org.communitypartners.massorg.organisations.domain.Member;
import org.communitypartners.massorg.organisations.domain.OrganisationKind;
import org.communitypartners.massorg.organisations.domain.OrganisationRepository.MemberFilter;
import org.communitypartners.partners.api.PartnerView;

/**
 * Organisations the caller sees (a lead only their own): registering a mass-organisation partner
 * with its kind, and for the chosen one its members, leaders and volunteers (phones masked).
 */
@Named("massorgOrganisationsPage")
@ViewScoped
public class OrganisationsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationDesk desk;
    @Inject
    OrganisationAccess access;
    @Inject
    Feedback feedback;

    private final PagedList<OrganisationView> organisations = new PagedList<>(new OrganisationSource(),
            OrganisationView::id);
    private final PagedList<MemberView> members = new PagedList<>(new MemberSource(), MemberView::id);

    private Long selectedId;
    private OrganisationView selected;
    private OrganisationKind kind;

    private Long partnerId;
    private OrganisationKind newKind = OrganisationKind.ART_TROUPE;

    private String name;
    private String phone;
    private LocalDate joinedOn;
    private String leaderTitle;
    private boolean volunteer;
    private String skills;

    public void load() {
        if (selectedId == null) {
            return;
        }
        try {
            selected = desk.get(selectedId);
            kind = selected.kind();
        } catch (RuntimeException e) {
            if (Feedback.find(e, NotFoundInScope.class) == null) {
                throw e;
            }
            selected = null;
            feedback.info("common.notFound");
        }
    }

    public void register() {
        feedback.attemptIn(MassOrganizationsModule.BUNDLE, () -> {
            selected = desk.register(partnerId, newKind);
            selectedId = selected.id();
            kind = selected.kind();
        }, "organisation.registered");
    }

    public void saveKind() {
        feedback.attemptIn(MassOrganizationsModule.BUNDLE, () -> selected = desk.update(selectedId, kind,
                selected.version()), "organisation.saved");
    }

    public void addMember() {
        Member.Details details = new Member.Details(name, phone, joinedOn, leaderTitle, volunteer,
                volunteer ? skills : null);
        if (feedback.attemptIn(MassOrganizationsModule.BUNDLE, () -> desk.addMember(selectedId, details),
                "member.added", name)) {
            name = null;
            phone = null;
            joinedOn = null;
            leaderTitle = null;
            volunteer = false;
            skills = null;
        }
    }

    public boolean isLead() {
        return access.isLead();
    }

    public List<PartnerView> getPartnerChoices() {
        return isLead() ? List.of() : desk.unregisteredPartners();
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    private final class OrganisationSource implements PagedList.Source<OrganisationView> {
        private static final long serialVersionUID = 1L;

        @Override
        public long count(Map<String, Object> filters) {
            return desk.count(kind(filters), (String) filters.get("globalFilter"));
        }

        @Override
        public List<OrganisationView> page(Map<String, Object> filters, PageRequest page) {
            return desk.list(kind(filters), (String) filters.get("globalFilter"), page);
        }

        private OrganisationKind kind(Map<String, Object> filters) {
            Object value = filters.get("kind");
            return value == null ? null : OrganisationKind.valueOf(value.toString());
        }
    }

    private final class MemberSource implements PagedList.Source<MemberView> {
        private static final long serialVersionUID = 1L;

        @Override
        public long count(Map<String, Object> filters) {
            return selected == null ? 0 : desk.countMembers(selectedId, filter(filters));
        }

        @Override
        public List<MemberView> page(Map<String, Object> filters, PageRequest page) {
            return selected == null ? List.of() : desk.members(selectedId, filter(filters), page);
        }

        private MemberFilter filter(Map<String, Object> filters) {
            Object role = filters.get("role");
            return new MemberFilter((String) filters.get("globalFilter"), "LEADER".equals(role),
                    "VOLUNTEER".equals(role));
        }
    }

    public PagedList<OrganisationView> getOrganisations() {
        return organisations;
    }

    public PagedList<MemberView> getMembers() {
        return members;
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public void setSelectedId(Long selectedId) {
        this.selectedId = selectedId;
    }

    public OrganisationView getSelected() {
        return selected;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public OrganisationKind getNewKind() {
        return newKind;
    }

    public void setNewKind(OrganisationKind newKind) {
        this.newKind = newKind;
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

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(LocalDate joinedOn) {
        this.joinedOn = joinedOn;
    }

    public String getLeaderTitle() {
        return leaderTitle;
    }

    public void setLeaderTitle(String leaderTitle) {
        this.leaderTitle = leaderTitle;
    }

    public boolean isVolunteer() {
        return volunteer;
    }

    public void setVolunteer(boolean volunteer) {
        this.volunteer = volunteer;
    }

    public String getSkills() {
        return skills;
    }

    public void setSkills(String skills) {
        this.skills = skills;
    }
}
