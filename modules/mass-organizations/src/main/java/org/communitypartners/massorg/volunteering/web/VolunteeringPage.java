package org.communitypartners.massorg.volunteering.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.kernel.api.web.PagedList;
import org.communitypartners.kernel.api.web.ShanghaiTime;
import org.communitypartners.massorg.MassOrganizationsModule;
import org.communitypartners.massorg.organisations.application.MemberView;
import org.communitypartners.massorg.organisations.application.OrganisationDesk;
import org.communitypartners.massorg.organisations.application.OrganisationView;
import org.communitypartners.massorg.volunteering.application.ShiftView;
import org.communitypartners.massorg.volunteering.application.TimeBank;
import org.communitypartners.massorg.volunteering.application.TimeBankView;
import org.communitypartners.massorg.volunteering.domain.ShiftRepository.Occasion;
import org.communitypartners.massorg.volunteering.domain.ShiftStatus;

/**
 * Volunteer hours of an organisation: recording a shift at one of its activities or course
 * sessions, the organiser confirming or rejecting it, the time bank and each volunteer's certificate.
 */
@Named("massorgVolunteeringPage")
@ViewScoped
public class VolunteeringPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int TIME_BANK_ROWS = 50;

    @Inject
    TimeBank timeBank;
    @Inject
    OrganisationDesk organisations;
    @Inject
    Feedback feedback;

    private final PagedList<ShiftView> shifts = new PagedList<>(new ShiftSource(), ShiftView::id);

    private Long organisationId;
    private OrganisationView organisation;
    private TimeBankView bank;

    private Long memberId;
    private String occasion;
    private String task;
    private LocalDateTime startedAt;
    private LocalDateTime endedAt;

    public void load() {
        List<OrganisationView> choices = getOrganisations();
        if (organisationId == null && choices.size() == 1) {
            organisationId = choices.get(0).id();
        }
        try {
            organisation = organisationId == null ? null : organisations.get(organisationId);
            refresh();
        } catch (RuntimeException e) {
            if (Feedback.find(e, NotFoundInScope.class) == null) {
                throw e;
            }
            organisation = null;
            bank = null;
            feedback.info("common.notFound");
        }
    }

    private void refresh() {
        bank = organisation == null ? null : timeBank.timeBank(organisationId, new PageRequest(0, TIME_BANK_ROWS, null,
                false));
    }

    public void record() {
        Long activityId = occasion != null && occasion.startsWith("A") ? Long.valueOf(occasion.substring(1)) : null;
        Long sessionId = occasion != null && occasion.startsWith("S") ? Long.valueOf(occasion.substring(1)) : null;
        TimeBank.Draft draft = new TimeBank.Draft(memberId, activityId, sessionId, task, instant(startedAt),
                instant(endedAt));
        if (feedback.attemptIn(MassOrganizationsModule.BUNDLE, () -> timeBank.record(organisationId, draft),
                "shift.recorded")) {
            task = null;
            startedAt = null;
            endedAt = null;
        }
    }

    public void confirm(long shiftId) {
        feedback.attemptIn(MassOrganizationsModule.BUNDLE, () -> timeBank.confirm(organisationId, shiftId),
                "shift.confirmed");
        refresh();
    }

    public void reject(long shiftId) {
        feedback.attemptIn(MassOrganizationsModule.BUNDLE, () -> timeBank.reject(organisationId, shiftId),
                "shift.rejected");
        refresh();
    }

    public List<OrganisationView> getOrganisations() {
        return organisations.list(null, null, new PageRequest(0, PageRequest.MAX_SIZE, "name", true));
    }

    public List<MemberView> getVolunteers() {
        return organisation == null ? List.of() : timeBank.volunteers(organisationId);
    }

    public List<Occasion> getOccasions() {
        return organisation == null ? List.of() : timeBank.occasions(organisationId);
    }

    /** The value an occasion has in the form: A12 for activity 12, S34 for session 34. */
    public String key(Occasion o) {
        return o.activityId() != null ? "A" + o.activityId() : "S" + o.sessionId();
    }

    public ShiftStatus[] getStatuses() {
        return ShiftStatus.values();
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(ShanghaiTime.ZONE).toInstant();
    }

    private final class ShiftSource implements PagedList.Source<ShiftView> {
        private static final long serialVersionUID = 1L;

        @Override
        public long count(Map<String, Object> filters) {
            return organisation == null ? 0 : timeBank.countShifts(organisationId, status(filters));
        }

        @Override
        public List<ShiftView> page(Map<String, Object> filters, PageRequest page) {
            return organisation == null ? List.of() : timeBank.shifts(organisationId, status(filters), page);
        }

        private ShiftStatus status(Map<String, Object> filters) {
            Object value = filters.get("status");
            return value == null ? null : ShiftStatus.valueOf(value.toString());
        }
    }

    public PagedList<ShiftView> getShifts() {
        return shifts;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public OrganisationView getOrganisation() {
        return organisation;
    }

    public TimeBankView getBank() {
        return bank;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public String getOccasion() {
        return occasion;
    }

    public void setOccasion(String occasion) {
        this.occasion = occasion;
    }

    public String getTask() {
        return task;
    }

    public void setTask(String task) {
        this.task = task;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(LocalDateTime startedAt) {
        this.startedAt = startedAt;
    }

    public LocalDateTime getEndedAt() {
        return endedAt;
    }

    public void setEndedAt(LocalDateTime endedAt) {
        this.endedAt = endedAt;
    }
}
