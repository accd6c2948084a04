package org.communitypartners.massorg.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.communitypartners.kernel.api.PageRequest;

public interface ActivityRepository {

    Optional<Activity> find(long id);

    /** The activity with its row locked for this transaction (SELECT ... FOR UPDATE), read fresh. */
    Optional<Activity> lock(long id);

    Activity add(Activity activity);

    List<Activity> list(ActivityFilter filter, PageRequest page);

    long count(ActivityFilter filter);

    /** Scheduled activities of a community ending after {@code from}, soonest first. */
    List<Activity> upcoming(long communityId, Instant from, int limit);

    /** Adds the registration; refuses a phone already registered for the activity. */
    Registration add(Registration registration);

    boolean phoneRegistered(long activityId, String phone);

    Optional<Registration> registration(long id);

    /** The registration with its row locked, read fresh (call after locking its activity). */
    Optional<Registration> lockRegistration(long id);

    Optional<Registration> registrationByCode(String code);

    /** The activity's waitlist in arrival order, its rows locked, at most {@code limit}. */
    List<Registration> waitlist(long activityId, int limit);

    List<Registration> registrations(long activityId, RegistrationStatus status, PageRequest page);

    long countRegistrations(long activityId, RegistrationStatus status);

    /** Every registration of the activity in one of the statuses, their rows locked. */
    List<Registration> registrationsIn(long activityId, Collection<RegistrationStatus> statuses);

    /** 1 for the first on the waitlist. */
    int waitlistPosition(Registration registration);

    void add(RegistrationNotice notice);

    List<RegistrationNotice> notices(long registrationId);

    /** Which activities a caller may list: by community within a set of units (null: every unit). */
    record ActivityFilter(Collection<Long> unitIds, Long communityId, ActivityStatus status, String text) {
    }
}
