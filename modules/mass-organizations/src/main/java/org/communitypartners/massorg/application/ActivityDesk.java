package org.communitypartners.massorg.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.communitypartners.kernel.api.AccessCode;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.CallerScope;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.massorg.MassOrganizationsModule;
import org.communitypartners.massorg.domain.Activity;
import org.communitypartners.massorg.domain.ActivityRepository.ActivityFilter;
import org.communitypartners.massorg.domain.ActivityRepository;
import org.communitypartners.massorg.domain.ActivityStatus;
import org.communitypartners.massorg.domain.Audience;
import org.communitypartners.massorg.domain.Channel;
import org.communitypartners.massorg.domain.Organiser;
import org.communitypartners.massorg.domain.Registration;
import org.communitypartners.massorg.domain.RegistrationStatus;
import org.communitypartners.partners.api.PartnerKind;
import org.communitypartners.partners.api.PartnerLookup;
import org.communitypartners.partners.api.PartnerStatus;
import org.communitypartners.partners.api.PartnerView;

/**
 * Staff plan activities of mass organisations in the communities they are granted, register
 * residents, check them in and record no-shows. Another subdistrict's activity answers as missing.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
public class ActivityDesk {
    private static final String TARGET = RegistrationBook.TARGET;

    @Inject
    ActivityRepository activities;
    @Inject
    RegistrationBook book;
    @Inject
    PartnerLookup partners;
    @Inject
    CallerScope scope;
    @Inject
    ModuleGate gate;
    @Inject
    OrgDirectory directory;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    SecurityContext security;

    /** An activity as staff write it. */
    public record Draft(String title, String description, String venue, Long communityId, Instant startsAt,
                        Instant endsAt, Integer capacity, Audience audience, Instant opensAt, Instant closesAt,
                        Set<Long> organiserIds) {

        Activity.Schedule schedule() {
            return new Activity.Schedule(title, description, venue, startsAt, endsAt, capacity == null ? 0 : capacity,
                    audience, opensAt, closesAt);
        }
    }

    public ActivityView create(Draft draft) {
        if (draft == null || draft.communityId() == null) {
            throw new RuleViolation(MassOrganizationsModule.BUNDLE, "activity.communityRequired");
        }
        long community = draft.communityId();
        scope.requireVisible(community, "OrgUnit", community);
        gate.requireEnabledAt(MassOrganizationsModule.KEY, community);
        OrgUnitView unit = directory.find(community).filter(u -> u.level() == OrgLevel.COMMUNITY)
                .orElseThrow(() -> new RuleViolation(MassOrganizationsModule.BUNDLE, "activity.notACommunity"));
        long subdistrict = directory.subdistrictOf(community).orElseThrow().id();
        Activity activity = activities.add(new Activity(subdistrict, community, draft.schedule(),
                organisers(draft.organiserIds()), security.getCallerPrincipal().getName(), clock.instant()));
        audit.success("activity.create", TARGET, activity.getId(), activity.getTitle());
        return ActivityView.of(activity, unit.name());
    }

    /** Changes what staff wrote; added seats go to the waitlist in arrival order. */
    public ActivityView update(long id, Draft draft, long version) {
        Activity activity = lockedVisible(id);
        if (activity.getVersion() != version) {
            throw new jakarta.persistence.OptimisticLockException();
        }
        if (draft == null) {
            throw new RuleViolation(MassOrganizationsModule.BUNDLE, "activity.timesRequired");
        }
        activity.reschedule(draft.schedule(), organisers(draft.organiserIds()));
        book.fillFreeSeats(activity);
        audit.success("activity.update", TARGET, id, activity.getTitle());
        return view(activity);
    }

    /** Calls the activity off; every registrant is told. */
    public ActivityView cancel(long id) {
        Activity activity = lockedVisible(id);
        book.callOff(activity);
        audit.success("activity.cancel", TARGET, id, activity.getTitle());
        return view(activity);
    }

    public ActivityView get(long id) {
        return view(visible(id));
    }

    public List<ActivityView> list(Long communityId, ActivityStatus status, String text, PageRequest page) {
        return activities.list(filter(communityId, status, text), page).stream().map(this::view).toList();
    }

    public long count(Long communityId, ActivityStatus status, String text) {
        return activities.count(filter(communityId, status, text));
    }

    public List<RegistrationView> registrations(long id, RegistrationStatus status, PageRequest page) {
        visible(id);
        return activities.registrations(id, status, page).stream()
                .map(r -> RegistrationView.of(r, book.waitlistPosition(r))).toList();
    }

    public long countRegistrations(long id, RegistrationStatus status) {
        visible(id);
        return activities.countRegistrations(id, status);
    }

    /** Registers a resident who came or called; staff vouch for where they live. */
    public RegistrationView register(long id, String name, String phone) {
        Activity activity = lockedVisible(id);
        Registration registration = book.admit(activity, name, phone, Channel.STAFF, true);
        audit.success("activity.register", TARGET, id, registration.phoneNumber().masked());
        return RegistrationView.of(registration, book.waitlistPosition(registration));
    }

    public void cancelRegistration(long id, long registrationId) {
        Activity activity = lockedVisible(id);
        book.cancel(activity, registrationId).ifPresent(promoted ->
                audit.success("activity.promote", TARGET, id, promoted.phoneNumber().masked()));
        audit.success("activity.cancelRegistration", TARGET, id, String.valueOf(registrationId));
    }

    public RegistrationView checkIn(long id, long registrationId) {
        Activity activity = lockedVisible(id);
        Registration registration = book.checkIn(activity, registrationId);
        audit.success("activity.checkIn", TARGET, id, String.valueOf(registrationId));
        return RegistrationView.of(registration, 0);
    }

    /** Checks in whoever shows the code of their registration for this activity. */
    public RegistrationView checkInByCode(long id, String code) {
        Activity activity = lockedVisible(id);
        Registration registration = AccessCode.normalise(code).flatMap(activities::registrationByCode)
                .filter(r -> r.getActivityId() == id)
                .orElseThrow(() -> new RuleViolation(MassOrganizationsModule.BUNDLE, "checkIn.unknownCode"));
        book.checkIn(activity, registration.getId());
        audit.success("activity.checkIn", TARGET, id, String.valueOf(registration.getId()));
        return RegistrationView.of(registration, 0);
    }

    /** After the end: seat holders who never came are recorded as no-shows. */
    public ActivityView closeAttendance(long id) {
        Activity activity = lockedVisible(id);
        book.closeAttendance(activity);
        audit.success("activity.closeAttendance", TARGET, id, activity.getTitle());
        return view(activity);
    }

    /** Active mass organisations the caller may name as organisers. */
    public List<PartnerView> organiserChoices(String text) {
        return partners.activeOfKind(PartnerKind.MASS_ORGANIZATION, text, 20);
    }

    private List<Organiser> organisers(Set<Long> ids) {
        List<Organiser> organisers = new ArrayList<>();
        for (long partnerId : ids == null ? Set.<Long>of() : ids) {
            PartnerView partner = partners.find(partnerId)
                    .filter(p -> p.kind() == PartnerKind.MASS_ORGANIZATION && p.status() == PartnerStatus.ACTIVE)
                    .orElseThrow(() -> new RuleViolation(MassOrganizationsModule.BUNDLE, "activity.organiserInvalid",
                            partnerId));
            organisers.add(new Organiser(partner.id(), partner.name()));
        }
        if (organisers.isEmpty()) {
            throw new RuleViolation(MassOrganizationsModule.BUNDLE, "activity.organiserRequired");
        }
        return organisers;
    }

    private Activity visible(long id) {
        return checked(activities.find(id).orElseThrow(() -> new NotFoundInScope(TARGET, id)));
    }

    /** Checks scope and switch first, so the kernel's reads come before this module's row lock. */
    private Activity lockedVisible(long id) {
        visible(id);
        return book.lock(id);
    }

    private Activity checked(Activity activity) {
        scope.requireVisible(activity.getCommunityId(), TARGET, activity.getId());
        gate.requireEnabledAt(MassOrganizationsModule.KEY, activity.getCommunityId());
        return activity;
    }

    private ActivityFilter filter(Long communityId, ActivityStatus status, String text) {
        if (communityId != null) {
            scope.requireVisible(communityId, "OrgUnit", communityId);
        }
        return new ActivityFilter(scope.coversWholeTree() ? null : scope.visibleUnitIds(), communityId, status, text);
    }

    private ActivityView view(Activity activity) {
        return ActivityView.of(activity, directory.find(activity.getCommunityId()).map(OrgUnitView::name).orElse(""));
    }
}
