package org.communitypartners.massorg.volunteering.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.massorg.courses.domain.Course;
import org.communitypartners.massorg.courses.domain.CourseRepository;
import org.communitypartners.massorg.courses.domain.CourseSession;
import org.communitypartners.massorg.domain.Activity;
import org.communitypartners.massorg.domain.ActivityRepository;
import org.communitypartners.massorg.organisations.application.MemberView;
import org.communitypartners.massorg.organisations.application.OrganisationAccess;
import org.communitypartners.massorg.organisations.domain.Member;
import org.communitypartners.massorg.organisations.domain.Organisation;
import org.communitypartners.massorg.organisations.domain.OrganisationRepository;
import org.communitypartners.massorg.organisations.domain.OrganisationRepository.MemberFilter;
import org.communitypartners.massorg.organisations.domain.Rules;
import org.communitypartners.massorg.volunteering.domain.ShiftRepository;
import org.communitypartners.massorg.volunteering.domain.ShiftStatus;
import org.communitypartners.massorg.volunteering.domain.VolunteerHours;
import org.communitypartners.massorg.volunteering.domain.VolunteerShift;

/**
 * The time bank: staff or the lead record a volunteer's time at one of the organisation's
 * activities or course sessions; the organiser confirms it, and only confirmed time counts as
 * verified hours, per person and per organisation.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF, Roles.PARTNER_STAFF})
public class TimeBank {
    public static final String TARGET = "VolunteerShift";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final int OCCASION_DAYS = 90;
    private static final int OCCASION_LIMIT = 100;

    @Inject
    ShiftRepository shifts;
    @Inject
    OrganisationRepository organisations;
    @Inject
    OrganisationAccess access;
    @Inject
    ActivityRepository activities;
    @Inject
    CourseRepository courses;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    SecurityContext security;

    /** A shift as staff write it: one of activityId or sessionId. */
    public record Draft(Long memberId, Long activityId, Long sessionId, String task, Instant startedAt,
                        Instant endedAt) {
    }

    public ShiftView record(long organisationId, Draft draft) {
        Organisation organisation = access.visible(organisationId);
        if (draft == null || draft.memberId() == null) {
            throw Rules.violation("shift.volunteerRequired");
        }
        Member member = organisations.member(draft.memberId())
                .filter(m -> m.getOrganisationId() == organisationId && m.isVolunteer())
                .orElseThrow(() -> Rules.violation("shift.notAVolunteer", draft.memberId()));
        VolunteerShift shift = shifts.add(new VolunteerShift(organisationId, member.getId(),
                occasion(organisation, draft), draft.task(), draft.startedAt(), draft.endedAt(),
                security.getCallerPrincipal().getName(), clock.instant()));
        audit.success("shift.record", TARGET, shift.getId(), member.getName());
        return ShiftView.of(shift, member.getName());
    }

    /** The organiser confirms the time; it becomes verified hours. */
    public ShiftView confirm(long organisationId, long shiftId) {
        VolunteerShift shift = shift(organisationId, shiftId);
        shift.confirm(security.getCallerPrincipal().getName(), clock.instant());
        audit.success("shift.confirm", TARGET, shiftId, shift.getCreditedMinutes() + " min");
        return view(shift);
    }

    public ShiftView reject(long organisationId, long shiftId) {
        VolunteerShift shift = shift(organisationId, shiftId);
        shift.reject(security.getCallerPrincipal().getName(), clock.instant());
        audit.success("shift.reject", TARGET, shiftId, "");
        return view(shift);
    }

    public List<ShiftView> shifts(long organisationId, ShiftStatus status, PageRequest page) {
        access.visible(organisationId);
        return shifts.list(organisationId, status, null, page).stream().map(this::view).toList();
    }

    public long countShifts(long organisationId, ShiftStatus status) {
        access.visible(organisationId);
        return shifts.count(organisationId, status, null);
    }

    /** Verified hours of the organisation and of each volunteer (one page, most hours first). */
    public TimeBankView timeBank(long organisationId, PageRequest page) {
        Organisation organisation = access.visible(organisationId);
        List<TimeBankView.VolunteerHoursView> volunteers = shifts.verifiedByMember(organisationId, page).stream()
                .map(row -> new TimeBankView.VolunteerHoursView(row.memberId(), name(row.memberId()),
                        VolunteerHours.hours(row.minutes()))).toList();
        long total = shifts.verifiedMinutes(organisationId, Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"));
        return new TimeBankView(organisationId, organisation.getName(), VolunteerHours.hours(total), volunteers,
                shifts.countMembersWithHours(organisationId));
    }

    /** What a volunteer's certificate says: every confirmed shift; issuing one is audited (it names a person). */
    public Certificate certificate(long organisationId, long memberId) {
        Organisation organisation = access.visible(organisationId);
        Member member = organisations.member(memberId).filter(m -> m.getOrganisationId() == organisationId)
                .orElseThrow(() -> new NotFoundInScope("MassOrganisationMember", memberId));
        List<VolunteerShift> confirmed = shifts.confirmedOf(memberId);
        if (confirmed.isEmpty()) {
            throw Rules.violation("certificate.noHours");
        }
        List<Certificate.Line> lines = confirmed.stream().map(s -> new Certificate.Line(
                s.getStartedAt().atZone(SHANGHAI).toLocalDate(), s.getPlace(), s.getTask(),
                VolunteerHours.hours(s.getCreditedMinutes()))).toList();
        LocalDate today = LocalDate.now(clock.withZone(SHANGHAI));
        String serial = "VH-" + today.getYear() + "-" + organisationId + "-" + memberId + "-"
                + VolunteerHours.verifiedMinutes(confirmed);
        audit.success("shift.certificate", "MassOrganisationMember", memberId, serial);
        return new Certificate(member.getName(), organisation.getName(), lines,
                VolunteerHours.hours(VolunteerHours.verifiedMinutes(confirmed)), today, serial);
    }

    private VolunteerShift.Occasion occasion(Organisation organisation, Draft draft) {
        if (draft.activityId() != null && draft.sessionId() == null) {
            Activity activity = activities.find(draft.activityId())
                    .filter(a -> a.getOrganisers().stream().anyMatch(o -> o.getPartnerId() == organisation.getPartnerId()))
                    .orElseThrow(() -> Rules.violation("shift.activityNotOurs", draft.activityId()));
            return new VolunteerShift.Occasion(activity.getId(), null, activity.getTitle() + " · " + activity.getVenue());
        }
        if (draft.sessionId() != null && draft.activityId() == null) {
            CourseSession session = courses.session(draft.sessionId()).orElse(null);
            Course course = session == null ? null : courses.find(session.getCourseId())
                    .filter(c -> c.getOrganisationId() == organisation.getId()).orElse(null);
            if (course == null) {
                throw Rules.violation("shift.sessionNotOurs", draft.sessionId());
            }
            return new VolunteerShift.Occasion(null, session.getId(), course.getTitle() + " · " + session.getVenue());
        }
        throw Rules.violation("shift.occasionRequired");
    }

    private VolunteerShift shift(long organisationId, long shiftId) {
        access.visible(organisationId);
        return shifts.find(shiftId).filter(s -> s.getOrganisationId() == organisationId)
                .orElseThrow(() -> new NotFoundInScope(TARGET, shiftId));
    }

    private ShiftView view(VolunteerShift shift) {
        return ShiftView.of(shift, name(shift.getMemberId()));
    }

    private String name(long memberId) {
        return organisations.member(memberId).map(Member::getName).orElse("");
    }

    /** Activities and course sessions of the last {@link #OCCASION_DAYS} days up to now, to pick where someone volunteered. */
    public List<ShiftRepository.Occasion> occasions(long organisationId) {
        Organisation organisation = access.visible(organisationId);
        Instant now = clock.instant();
        return shifts.occasions(organisationId, organisation.getPartnerId(), now.minus(Duration.ofDays(OCCASION_DAYS)),
                now.plus(Duration.ofDays(1)), OCCASION_LIMIT);
    }

    /** The organisation's volunteers, to pick from. */
    public List<MemberView> volunteers(long organisationId) {
        access.visible(organisationId);
        return organisations.members(organisationId, new MemberFilter(null, false, true),
                new PageRequest(0, PageRequest.MAX_SIZE, "name", true)).stream().map(MemberView::of).toList();
    }
}
