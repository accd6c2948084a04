package org.communitypartners.massorg.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An activity of one or more mass organisations in a community. It keeps its own seat count and
 * the last arrival number handed out; callers hold a database lock on the row while they change
 * either, so these stay true with any number of servers.
 */
@Entity
@Table(name = "activity")
public class Activity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subdistrict_id", nullable = false, updatable = false)
    private long subdistrictId;

    @Column(name = "community_id", nullable = false, updatable = false)
    private long communityId;

    @Column(nullable = false, length = ActivityRules.TITLE_LENGTH)
    private String title;

    @Column(length = ActivityRules.DESCRIPTION_LENGTH)
    private String description;

    @Column(nullable = false, length = ActivityRules.VENUE_LENGTH)
    private String venue;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false)
    private int capacity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Audience audience;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ActivityStatus status;

    @Column(name = "seats_taken", nullable = false)
    private int seatsTaken;

    @Column(name = "last_arrival", nullable = false)
    private int lastArrival;

    @Column(name = "attendance_closed", nullable = false)
    private boolean attendanceClosed;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "activity_organiser", joinColumns = @JoinColumn(name = "activity_id"))
    private List<Organiser> organisers = new ArrayList<>();

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Activity() {
    }

    public Activity(long subdistrictId, long communityId, Schedule schedule, List<Organiser> organisers,
                    String createdBy, Instant createdAt) {
        this.subdistrictId = subdistrictId;
        this.communityId = communityId;
        this.status = ActivityStatus.SCHEDULED;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        reschedule(schedule, organisers);
    }

    /** What staff write about an activity; the constructor of {@link Activity} and edits check it. */
    public record Schedule(String title, String description, String venue, Instant startsAt, Instant endsAt,
                           int capacity, Audience audience, Instant opensAt, Instant closesAt) {
    }

    /**
     * Changes what staff wrote. Capacity never drops below the seats already taken; seats added are
     * for the waitlist, which the caller promotes with {@link #promote}.
     */
    public void reschedule(Schedule schedule, List<Organiser> newOrganisers) {
        requireScheduled();
        ActivityRules.requireSchedule(schedule.startsAt(), schedule.endsAt(), schedule.capacity(), schedule.opensAt(),
                schedule.closesAt());
        if (schedule.capacity() < seatsTaken) {
            throw ActivityRules.violation("activity.capacityBelowSeats", seatsTaken);
        }
        if (newOrganisers == null || newOrganisers.isEmpty()) {
            throw ActivityRules.violation("activity.organiserRequired");
        }
        this.title = ActivityRules.requireText(schedule.title(), ActivityRules.TITLE_LENGTH, "activity.titleRequired");
        this.venue = ActivityRules.requireText(schedule.venue(), ActivityRules.VENUE_LENGTH, "activity.venueRequired");
        String text = schedule.description() == null ? null : schedule.description().strip();
        if (text != null && text.length() > ActivityRules.DESCRIPTION_LENGTH) {
            throw ActivityRules.violation("activity.descriptionTooLong", ActivityRules.DESCRIPTION_LENGTH);
        }
        this.description = text == null || text.isEmpty() ? null : text;
        this.startsAt = schedule.startsAt();
        this.endsAt = schedule.endsAt();
        this.capacity = schedule.capacity();
        this.audience = schedule.audience() == null ? Audience.ANYONE : schedule.audience();
        this.opensAt = schedule.opensAt();
        this.closesAt = schedule.closesAt();
        this.organisers = new ArrayList<>(newOrganisers);
    }

    /**
     * Admits one arrival: the next arrival number, and a seat if one is free, else the waitlist.
     * Refused outside the registration window or once the activity is called off.
     */
    public Registration admit(String name, String phone, Channel channel, String code, Instant now) {
        requireScheduled();
        if (!ActivityRules.windowOpen(opensAt, closesAt, now)) {
            throw ActivityRules.violation(now.isBefore(opensAt) ? "registration.notYetOpen" : "registration.closed");
        }
        lastArrival++;
        RegistrationStatus placed = seatsTaken < capacity ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITLISTED;
        if (placed == RegistrationStatus.REGISTERED) {
            seatsTaken++;
        }
        return new Registration(id == null ? 0 : id, name, phone, code, lastArrival, placed, channel, now);
    }

    /**
     * Cancels a registration; a seat it held goes to the first of {@code waitlist} by arrival,
     * who is returned so the caller can tell them.
     */
    public Optional<Registration> cancel(Registration registration, List<Registration> waitlist, Instant now) {
        boolean heldSeat = registration.cancel(startsAt, now);
        if (!heldSeat) {
            return Optional.empty();
        }
        seatsTaken--;
        return fillFreeSeats(waitlist, now).stream().findFirst();
    }

    /** Moves the first waitlisted arrivals into free seats, in arrival order; returns those moved. */
    public List<Registration> fillFreeSeats(List<Registration> waitlist, Instant now) {
        List<Registration> inLine = waitlist.stream().filter(r -> r.getStatus() == RegistrationStatus.WAITLISTED)
                .sorted(Comparator.comparingInt(Registration::getArrival)).toList();
        List<Registration> promoted = new ArrayList<>();
        for (Registration next : inLine) {
            if (seatsTaken >= capacity || status != ActivityStatus.SCHEDULED || !now.isBefore(startsAt)) {
                break;
            }
            next.promote(now);
            seatsTaken++;
            promoted.add(next);
        }
        return promoted;
    }

    public void checkIn(Registration registration, Instant now) {
        requireScheduled();
        if (!ActivityRules.checkInOpen(startsAt, endsAt, now)) {
            throw ActivityRules.violation("checkIn.closed");
        }
        registration.checkIn(now);
    }

    /** After the end: every seat holder who never checked in becomes a no-show. */
    public void closeAttendance(List<Registration> registrations, Instant now) {
        requireScheduled();
        if (now.isBefore(endsAt)) {
            throw ActivityRules.violation("attendance.notYetOver");
        }
        registrations.stream().filter(r -> r.getStatus() == RegistrationStatus.REGISTERED)
                .forEach(Registration::markNoShow);
        attendanceClosed = true;
    }

    /** Calls the activity off; registrations stay as they were so each registrant can be told. */
    public void callOff() {
        requireScheduled();
        status = ActivityStatus.CANCELLED;
    }

    private void requireScheduled() {
        if (status == ActivityStatus.CANCELLED) {
            throw ActivityRules.violation("activity.cancelled");
        }
        if (attendanceClosed) {
            throw ActivityRules.violation("activity.over");
        }
    }

    public Long getId() {
        return id;
    }

    public long getSubdistrictId() {
        return subdistrictId;
    }

    public long getCommunityId() {
        return communityId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getVenue() {
        return venue;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public int getCapacity() {
        return capacity;
    }

    public Audience getAudience() {
        return audience;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public ActivityStatus getStatus() {
        return status;
    }

    public int getSeatsTaken() {
        return seatsTaken;
    }

    public int getLastArrival() {
        return lastArrival;
    }

    public boolean isAttendanceClosed() {
        return attendanceClosed;
    }

    public List<Organiser> getOrganisers() {
        return List.copyOf(organisers);
    }

    public long getVersion() {
        return version;
    }
}
