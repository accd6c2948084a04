package org.communitypartners.massorg.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.kernel.api.web.PagedList;
import org.communitypartners.kernel.api.web.ShanghaiTime;
import org.communitypartners.massorg.MassOrganizationsModule;
import org.communitypartners.massorg.application.ActivityDesk;
import org.communitypartners.massorg.application.ActivityDesk.Draft;
import org.communitypartners.massorg.application.ActivityView;
import org.communitypartners.massorg.application.RegistrationView;
import org.communitypartners.massorg.domain.ActivityStatus;
import org.communitypartners.massorg.domain.Audience;
import org.communitypartners.massorg.domain.RegistrationStatus;
import org.communitypartners.partners.api.PartnerView;

/**
 * Staff's activities: the lazy list of the caller's communities, a new activity, and for the
 * chosen one its registrations (phones masked), registering someone, check-in and cancelling.
 */
@Named
@ViewScoped
public class ActivitiesPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 50;

    @Inject
    ActivityDesk desk;
    @Inject
    OrgDirectory directory;
    @Inject
    Feedback feedback;

    private final PagedList<ActivityView> activities = new PagedList<>(new ActivitySource(), ActivityView::id);
    private final PagedList<RegistrationView> registrations = new PagedList<>(new RegistrationSource(),
            RegistrationView::id);

    private Long selectedId;
    private ActivityView selected;

    private String title;
    private String description;
    private String venue;
    private Long communityId;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private Integer capacity;
    private Audience audience = Audience.COMMUNITY_RESIDENTS;
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;
    private List<Long> organiserIds = new ArrayList<>();

    private String personName;
    private String personPhone;
    private String checkInCode;

    public void load() {
        if (selectedId != null) {
            select(selectedId);
        }
    }

    public void select(long id) {
        selectedId = id;
        try {
            selected = desk.get(id);
        } catch (RuntimeException e) {
            if (Feedback.find(e, NotFoundInScope.class) == null) {
                throw e;
            }
            selected = null;
            feedback.info("common.notFound");
        }
    }

    public void prepareActivity() {
        title = null;
        description = null;
        venue = null;
        communityId = null;
        startsAt = null;
        endsAt = null;
        capacity = null;
        audience = Audience.COMMUNITY_RESIDENTS;
        opensAt = null;
        closesAt = null;
        organiserIds = new ArrayList<>();
    }

    public void create() {
        Draft draft = new Draft(title, description, venue, communityId, instant(startsAt), instant(endsAt), capacity,
                audience, instant(opensAt), instant(closesAt), new HashSet<>(organiserIds));
        feedback.attemptIn(MassOrganizationsModule.BUNDLE, () -> {
            ActivityView created = desk.create(draft);
            selectedId = created.id();
            selected = created;
        }, "activity.created", title);
    }

    public void cancelActivity() {
        feedback.attemptIn(MassOrganizationsModule.BUNDLE, () -> selected = desk.cancel(selectedId),
                "activity.cancelledDone");
    }

    public void closeAttendance() {
        feedback.attemptIn(MassOrganizationsModule.BUNDLE, () -> selected = desk.closeAttendance(selectedId),
                "attendance.closedDone");
    }

    public void register() {
        if (feedback.attemptIn(MassOrganizationsModule.BUNDLE, () -> desk.register(selectedId, personName, personPhone),
                "registration.done")) {
            personName = null;
            personPhone = null;
            refresh();
        }
    }

    public void checkIn(long registrationId) {
        feedback.attemptIn(MassOrganizationsModule.BUNDLE, () -> desk.checkIn(selectedId, registrationId), "checkIn.done");
        refresh();
    }

    public void checkInByCode() {
        if (feedback.attemptIn(MassOrganizationsModule.BUNDLE, () -> desk.checkInByCode(selectedId, checkInCode),
                "checkIn.done")) {
            checkInCode = null;
        }
        refresh();
    }

    public void cancelRegistration(long registrationId) {
        feedback.attemptIn(MassOrganizationsModule.BUNDLE, () -> desk.cancelRegistration(selectedId, registrationId),
                "registration.cancelledDone");
        refresh();
    }

    private void refresh() {
        selected = desk.get(selectedId);
    }

    public List<OrgUnitView> getCommunities() {
        return directory.searchVisible("", OrgLevel.COMMUNITY, SUGGESTIONS);
    }

    public List<PartnerView> getOrganiserChoices() {
        return desk.organiserChoices(null);
    }

    public Audience[] getAudiences() {
        return Audience.values();
    }

    public RegistrationStatus[] getRegistrationStatuses() {
        return RegistrationStatus.values();
    }

    public ActivityStatus[] getStatuses() {
        return ActivityStatus.values();
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(ShanghaiTime.ZONE).toInstant();
    }

    private final class ActivitySource implements PagedList.Source<ActivityView> {
        private static final long serialVersionUID = 1L;

        @Override
        public long count(Map<String, Object> filters) {
            return desk.count(null, status(filters), (String) filters.get("globalFilter"));
        }

        @Override
        public List<ActivityView> page(Map<String, Object> filters, PageRequest page) {
            return desk.list(null, status(filters), (String) filters.get("globalFilter"), page);
        }

        private ActivityStatus status(Map<String, Object> filters) {
            Object value = filters.get("status");
            return value == null ? null : ActivityStatus.valueOf(value.toString());
        }
    }

    private final class RegistrationSource implements PagedList.Source<RegistrationView> {
        private static final long serialVersionUID = 1L;

        @Override
        public long count(Map<String, Object> filters) {
            return selectedId == null ? 0 : desk.countRegistrations(selectedId, status(filters));
        }

        @Override
        public List<RegistrationView> page(Map<String, Object> filters, PageRequest page) {
            return selectedId == null ? List.of() : desk.registrations(selectedId, status(filters), page);
        }

        private RegistrationStatus status(Map<String, Object> filters) {
            Object value = filters.get("status");
            return value == null ? null : RegistrationStatus.valueOf(value.toString());
        }
    }

    public PagedList<ActivityView> getActivities() {
        return activities;
    }

    public PagedList<RegistrationView> getRegistrations() {
        return registrations;
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public void setSelectedId(Long selectedId) {
        this.selectedId = selectedId;
    }

    public ActivityView getSelected() {
        return selected;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public void setCommunityId(Long communityId) {
        this.communityId = communityId;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Audience getAudience() {
        return audience;
    }

    public void setAudience(Audience audience) {
        this.audience = audience;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDateTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(LocalDateTime closesAt) {
        this.closesAt = closesAt;
    }

    public List<Long> getOrganiserIds() {
        return organiserIds;
    }

    public void setOrganiserIds(List<Long> organiserIds) {
        this.organiserIds = organiserIds;
    }

    public String getPersonName() {
        return personName;
    }

    public void setPersonName(String personName) {
        this.personName = personName;
    }

    public String getPersonPhone() {
        return personPhone;
    }

    public void setPersonPhone(String personPhone) {
        this.personPhone = personPhone;
    }

    public String getCheckInCode() {
        return checkInCode;
    }

    public void setCheckInCode(String checkInCode) {
        this.checkInCode = checkInCode;
    }
}
