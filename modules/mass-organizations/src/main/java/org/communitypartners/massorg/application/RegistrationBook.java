package org.communitypartners.massorg.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.communitypartners.kernel.api.AccessCode;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.PhoneNumber;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.massorg.MassOrganizationsModule;
import org.communitypartners.massorg.domain.Activity;
import org.communitypartners.massorg.domain.ActivityRepository;
import org.communitypartners.massorg.domain.Audience;
import org.communitypartners.massorg.domain.Channel;
import org.communitypartners.massorg.domain.NoticeKind;
import org.communitypartners.massorg.domain.Registration;
import org.communitypartners.massorg.domain.RegistrationNotice;
import org.communitypartners.massorg.domain.RegistrationStatus;

/**
 * Registering, cancelling and promoting, shared by the staff desk and the public pages and run in
 * their transaction. Every change starts by locking the activity's row, so registrations of one
 * activity take turns in the database (whichever server they reach) and arrival numbers follow
 * the order the lock was granted.
 *
 * <p>The public pages call the {@code …Alone} methods from outside a transaction: each runs in its
 * own transaction that touches only this module's unit, so a request holds one pooled connection
 * at a time. (With the lock held, a request that asked the pool for a second connection, for the
 * kernel's unit, waited behind the very requests queued on the lock until their lock waits ran out.)
 */
@ApplicationScoped
public class RegistrationBook {
    static final String TARGET = "Activity";

    @Inject
    ActivityRepository activities;
    @Inject
    Clock clock;

    /** What admitting someone came to, read inside its transaction. */
    public record Admitted(Registration registration, Activity activity, int waitlistPosition) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Admitted admitAlone(long activityId, String name, String phone, Channel channel, boolean livesInCommunity) {
        Activity locked = lock(activityId);
        Registration registration = admit(locked, name, phone, channel, livesInCommunity);
        return new Admitted(registration, locked, waitlistPosition(registration));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Activity cancelAlone(long activityId, long registrationId) {
        Activity locked = lock(activityId);
        cancel(locked, registrationId);
        return locked;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Activity checkInAlone(long activityId, long registrationId) {
        Activity locked = lock(activityId);
        checkIn(locked, registrationId);
        return locked;
    }

    Activity lock(long activityId) {
        return activities.lock(activityId).orElseThrow(() -> new NotFoundInScope(TARGET, activityId));
    }

    /** Admits the person to the locked activity: a seat while any is free, else the waitlist. */
    Registration admit(Activity locked, String name, String phone, Channel channel, boolean livesInCommunity) {
        if (locked.getAudience() == Audience.COMMUNITY_RESIDENTS && !livesInCommunity) {
            throw new RuleViolation(MassOrganizationsModule.BUNDLE, "registration.residentsOnly");
        }
        PhoneNumber number = new PhoneNumber(phone);
        if (activities.phoneRegistered(locked.getId(), number.value())) {
            throw new RuleViolation(MassOrganizationsModule.BUNDLE, "registration.duplicatePhone");
        }
        return activities.add(locked.admit(name, number.value(), channel, AccessCode.next(), clock.instant()));
    }

    /** Cancels the registration of the locked activity; the first waitlisted takes a freed seat and is told. */
    Optional<Registration> cancel(Activity locked, long registrationId) {
        Registration registration = lockedRegistration(locked, registrationId);
        List<Registration> head = activities.waitlist(locked.getId(), 1);
        Optional<Registration> promoted = locked.cancel(registration, head, clock.instant());
        promoted.ifPresent(p -> activities.add(new RegistrationNotice(p.getId(), NoticeKind.PROMOTED, clock.instant())));
        return promoted;
    }

    /** After capacity grew: the first waitlisted take the new seats and are told. */
    List<Registration> fillFreeSeats(Activity locked) {
        int free = locked.getCapacity() - locked.getSeatsTaken();
        if (free <= 0) {
            return List.of();
        }
        List<Registration> promoted = locked.fillFreeSeats(activities.waitlist(locked.getId(), free), clock.instant());
        promoted.forEach(p -> activities.add(new RegistrationNotice(p.getId(), NoticeKind.PROMOTED, clock.instant())));
        return promoted;
    }

    Registration checkIn(Activity locked, long registrationId) {
        Registration registration = lockedRegistration(locked, registrationId);
        locked.checkIn(registration, clock.instant());
        return registration;
    }

    /** Calls the activity off and tells everyone who still had a seat or a place on the waitlist. */
    void callOff(Activity locked) {
        List<Registration> holders = activities.registrationsIn(locked.getId(),
                List.of(RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED));
        locked.callOff();
        holders.forEach(r -> activities.add(new RegistrationNotice(r.getId(), NoticeKind.ACTIVITY_CANCELLED,
                clock.instant())));
    }

    void closeAttendance(Activity locked) {
        locked.closeAttendance(activities.registrationsIn(locked.getId(), List.of(RegistrationStatus.REGISTERED)),
                clock.instant());
    }

    int waitlistPosition(Registration registration) {
        return registration.getStatus() == RegistrationStatus.WAITLISTED ? activities.waitlistPosition(registration) : 0;
    }

    private Registration lockedRegistration(Activity locked, long registrationId) {
        return activities.lockRegistration(registrationId).filter(r -> r.getActivityId() == locked.getId())
                .orElseThrow(() -> new NotFoundInScope("Registration", registrationId));
    }
}
