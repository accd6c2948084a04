package org.communitypartners.massorg.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.communitypartners.kernel.api.AccessCode;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.massorg.MassOrganizationsModule;
import org.communitypartners.massorg.domain.Activity;
import org.communitypartners.massorg.domain.ActivityRepository;
import org.communitypartners.massorg.domain.ActivityRules;
import org.communitypartners.massorg.domain.Channel;
import org.communitypartners.massorg.domain.NoticeKind;
import org.communitypartners.massorg.domain.Registration;
import org.communitypartners.massorg.domain.RegistrationStatus;

/**
 * What residents do without an account: read a community's calendar, register, and follow,
 * cancel or check in with their registration code. Answers as missing where the module is off.
 * Changes run in {@link RegistrationBook}'s own short transactions (see there why); the audit entry
 * follows in its own.
 */
@Stateless
@PermitAll
public class PublicActivities {
    private static final int CALENDAR_SIZE = 500;

    @Inject
    ActivityRepository activities;
    @Inject
    RegistrationBook book;
    @Inject
    ModuleGate gate;
    @Inject
    OrgDirectory directory;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /** What a registrant reads back with their code. */
    public record Receipt(String code, ActivityView activity, String name, String maskedPhone, RegistrationStatus status,
                          int arrival, int waitlistPosition, List<Notice> notices, boolean canCancel,
                          boolean canCheckIn) {
    }

    public record Notice(NoticeKind kind, Instant at) {
    }

    public OrgUnitView community(long communityId) {
        return directory.find(communityId)
                .filter(u -> u.level() == OrgLevel.COMMUNITY && u.active()
                        && gate.isEnabledAt(MassOrganizationsModule.KEY, communityId))
                .orElseThrow(() -> new NotFoundInScope("OrgUnit", communityId));
    }

    /** Scheduled activities of the community not yet over, soonest first. */
    public List<ActivityView> upcoming(long communityId) {
        OrgUnitView community = community(communityId);
        return activities.upcoming(communityId, clock.instant(), CALENDAR_SIZE).stream()
                .map(a -> ActivityView.of(a, community.name())).toList();
    }

    public ActivityView activity(long id) {
        Activity activity = activities.find(id).orElseThrow(() -> new NotFoundInScope(RegistrationBook.TARGET, id));
        return ActivityView.of(activity, community(activity.getCommunityId()).name());
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Receipt register(long activityId, String name, String phone, boolean livesInCommunity) {
        Activity activity = activities.find(activityId)
                .orElseThrow(() -> new NotFoundInScope(RegistrationBook.TARGET, activityId));
        community(activity.getCommunityId());
        RegistrationBook.Admitted admitted = book.admitAlone(activityId, name, phone, Channel.PUBLIC, livesInCommunity);
        audit.success("activity.register", RegistrationBook.TARGET, activityId,
                admitted.registration().phoneNumber().masked());
        return receipt(admitted.registration(), admitted.activity());
    }

    public Receipt find(String code) {
        Registration registration = byCode(code);
        return receipt(registration, activities.find(registration.getActivityId()).orElseThrow());
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Receipt cancel(String code) {
        Registration registration = byCode(code);
        Activity activity = book.cancelAlone(registration.getActivityId(), registration.getId());
        audit.success("activity.cancelRegistration", RegistrationBook.TARGET, activity.getId(),
                String.valueOf(registration.getId()));
        return receipt(activities.registration(registration.getId()).orElseThrow(), activity);
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Receipt checkIn(String code) {
        Registration registration = byCode(code);
        Activity activity = book.checkInAlone(registration.getActivityId(), registration.getId());
        audit.success("activity.checkIn", RegistrationBook.TARGET, activity.getId(), String.valueOf(registration.getId()));
        return receipt(activities.registration(registration.getId()).orElseThrow(), activity);
    }

    private Registration byCode(String code) {
        Registration registration = AccessCode.normalise(code).flatMap(activities::registrationByCode)
                .orElseThrow(() -> new NotFoundInScope("Registration", "code"));
        activities.find(registration.getActivityId()).map(Activity::getCommunityId).ifPresent(this::community);
        return registration;
    }

    private Receipt receipt(Registration r, Activity activity) {
        Instant now = clock.instant();
        boolean open = r.getStatus() == RegistrationStatus.REGISTERED || r.getStatus() == RegistrationStatus.WAITLISTED;
        boolean live = activity.getStatus() == org.communitypartners.massorg.domain.ActivityStatus.SCHEDULED
                && !activity.isAttendanceClosed();
        return new Receipt(r.getCode(), ActivityView.of(activity, community(activity.getCommunityId()).name()),
                r.getName(), r.phoneNumber().masked(), r.getStatus(), r.getArrival(), book.waitlistPosition(r),
                activities.notices(r.getId()).stream().map(n -> new Notice(n.getKind(), n.getCreatedAt())).toList(),
                live && open && now.isBefore(activity.getStartsAt()),
                live && r.getStatus() == RegistrationStatus.REGISTERED
                        && ActivityRules.checkInOpen(activity.getStartsAt(), activity.getEndsAt(), now));
    }
}
