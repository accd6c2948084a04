package org.communitypartners.massorg.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communitypartners.kernel.api.AccessCode;
import org.communitypartners.kernel.api.RuleViolation;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActivityTest {
    private static final Instant START = Instant.parse("2026-07-30T11:00:00Z");
    private static final Instant END = START.plus(Duration.ofHours(2));
    private static final Instant OPENS = START.minus(Duration.ofDays(7));
    private static final Instant DURING_WINDOW = START.minus(Duration.ofDays(1));

    private static Activity activity(int capacity) {
        return new Activity(1, 2, new Activity.Schedule("八一联欢会彩排", null, "天一社区活动室", START, END, capacity,
                Audience.ANYONE, OPENS, START), List.of(new Organiser(7, "老年艺术团")), "it", OPENS);
    }

    private static String phone(int i) {
        return "1380000" + String.format("%04d", i);
    }

    private static List<Registration> admit(Activity activity, int people) {
        List<Registration> all = new ArrayList<>();
        for (int i = 1; i <= people; i++) {
            all.add(activity.admit("居民" + i, phone(i), Channel.PUBLIC, AccessCode.next(), DURING_WINDOW));
        }
        return all;
    }

    @Test
    void seatsGoToTheFirstArrivalsAndTheRestAreWaitlistedInArrivalOrder() {
        Activity activity = activity(3);
        List<Registration> all = admit(activity, 5);

        assertEquals(List.of(1, 2, 3, 4, 5), all.stream().map(Registration::getArrival).toList());
        assertEquals(List.of(RegistrationStatus.REGISTERED, RegistrationStatus.REGISTERED, RegistrationStatus.REGISTERED,
                RegistrationStatus.WAITLISTED, RegistrationStatus.WAITLISTED), all.stream().map(Registration::getStatus).toList());
        assertEquals(3, activity.getSeatsTaken());
    }

    @Test
    void exactlyCapacityFillsEverySeatAndOneMoreWaits() {
        Activity activity = activity(50);
        List<Registration> all = admit(activity, 51);

        assertEquals(50, all.stream().filter(r -> r.getStatus() == RegistrationStatus.REGISTERED).count());
        assertEquals(RegistrationStatus.WAITLISTED, all.get(50).getStatus());
        assertEquals(50, activity.getSeatsTaken());
    }

    @Test
    void aCancelledSeatGoesToTheEarliestWaitlistedWhateverOrderTheListComesIn() {
        Activity activity = activity(2);
        List<Registration> all = admit(activity, 5);
        List<Registration> waitlistShuffled = List.of(all.get(4), all.get(2), all.get(3));

        Optional<Registration> promoted = activity.cancel(all.get(0), waitlistShuffled, DURING_WINDOW);

        assertEquals(3, promoted.orElseThrow().getArrival());
        assertEquals(RegistrationStatus.REGISTERED, all.get(2).getStatus());
        assertEquals(RegistrationStatus.WAITLISTED, all.get(3).getStatus());
        assertEquals(2, activity.getSeatsTaken());
    }

    @Test
    void cancellingAWaitlistedPlaceFreesNoSeat() {
        Activity activity = activity(1);
        List<Registration> all = admit(activity, 3);

        Optional<Registration> promoted = activity.cancel(all.get(1), List.of(all.get(2)), DURING_WINDOW);

        assertTrue(promoted.isEmpty());
        assertEquals(RegistrationStatus.WAITLISTED, all.get(2).getStatus());
        assertEquals(1, activity.getSeatsTaken());
    }

    @Test
    void cancellationAfterTheStartIsRefused() {
        Activity activity = activity(2);
        Registration registration = admit(activity, 1).get(0);

        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> activity.cancel(registration, List.of(), START));

        assertEquals("registration.cancelAfterStart", refused.messageKey());
        assertEquals(RegistrationStatus.REGISTERED, registration.getStatus());
    }

    @Test
    void cancellationAfterCheckInIsRefused() {
        Activity activity = activity(2);
        Registration registration = admit(activity, 1).get(0);
        activity.checkIn(registration, START.minus(Duration.ofMinutes(30)));

        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> activity.cancel(registration, List.of(), START.minus(Duration.ofMinutes(20))));

        assertEquals("registration.cancelAfterCheckIn", refused.messageKey());
    }

    @Test
    void checkInOpensTwoHoursBeforeTheStartAndClosesAtTheEnd() {
        Activity activity = activity(3);
        List<Registration> all = admit(activity, 3);

        assertEquals("checkIn.closed", assertThrows(RuleViolation.class, () -> activity.checkIn(all.get(0),
                START.minus(Duration.ofHours(2)).minusSeconds(1))).messageKey());
        activity.checkIn(all.get(1), START.minus(Duration.ofHours(2)));
        assertEquals("checkIn.closed", assertThrows(RuleViolation.class,
                () -> activity.checkIn(all.get(2), END)).messageKey());
        assertEquals(RegistrationStatus.ATTENDED, all.get(1).getStatus());
    }

    @Test
    void waitlistedPeopleDoNotCheckIn() {
        Activity activity = activity(1);
        List<Registration> all = admit(activity, 2);

        assertEquals("checkIn.noSeat", assertThrows(RuleViolation.class,
                () -> activity.checkIn(all.get(1), START)).messageKey());
    }

    @Test
    void afterTheEndSeatHoldersWhoNeverCameAreNoShows() {
        Activity activity = activity(2);
        List<Registration> all = admit(activity, 3);
        activity.checkIn(all.get(0), START);

        assertThrows(RuleViolation.class, () -> activity.closeAttendance(all, END.minusSeconds(1)));
        activity.closeAttendance(all, END);

        assertEquals(List.of(RegistrationStatus.ATTENDED, RegistrationStatus.NO_SHOW, RegistrationStatus.WAITLISTED),
                all.stream().map(Registration::getStatus).toList());
    }

    @Test
    void registrationOutsideTheWindowIsRefused() {
        Activity activity = activity(5);

        assertEquals("registration.notYetOpen", assertThrows(RuleViolation.class, () -> activity.admit("早鸟",
                phone(1), Channel.PUBLIC, "CODE", OPENS.minusSeconds(1))).messageKey());
        assertEquals("registration.closed", assertThrows(RuleViolation.class, () -> activity.admit("晚到",
                phone(2), Channel.PUBLIC, "CODE", START)).messageKey());
        assertEquals(0, activity.getLastArrival(), "a refused arrival takes no number");
    }

    @Test
    void capacityCannotDropBelowSeatsTakenAndAddedSeatsGoToTheWaitlist() {
        Activity activity = activity(2);
        List<Registration> all = admit(activity, 4);
        Activity.Schedule smaller = new Activity.Schedule("彩排", null, "活动室", START, END, 1, Audience.ANYONE, OPENS, START);
        Activity.Schedule larger = new Activity.Schedule("彩排", null, "活动室", START, END, 3, Audience.ANYONE, OPENS, START);

        assertThrows(RuleViolation.class, () -> activity.reschedule(smaller, activity.getOrganisers()));
        activity.reschedule(larger, activity.getOrganisers());
        List<Registration> promoted = activity.fillFreeSeats(List.of(all.get(3), all.get(2)), DURING_WINDOW);

        assertEquals(List.of(3), promoted.stream().map(Registration::getArrival).toList());
        assertEquals(3, activity.getSeatsTaken());
    }

    @Test
    void aCalledOffActivityTakesNoRegistrations() {
        Activity activity = activity(2);
        activity.callOff();

        assertEquals("activity.cancelled", assertThrows(RuleViolation.class, () -> activity.admit("居民", phone(1),
                Channel.PUBLIC, "CODE", DURING_WINDOW)).messageKey());
    }
}
