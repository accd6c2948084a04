package org.communitypartners.merchants.childcare.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.communitypartners.merchants.library.domain.LibraryRules;

/**
 * A course session of a station: when, what, for which age bands and how many children. Seats are
 * counted here and change only while the session's row is locked, so concurrent bookings of one
 * session take turns and never exceed the capacity.
 */
@Entity
@Table(name = "child_care_session")
public class CareSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "station_id", nullable = false, updatable = false)
    private long stationId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false, length = ChildCareRules.TOPIC_LENGTH)
    private String topic;

    @Column(nullable = false)
    private int capacity;

    @Enumerated(EnumType.STRING)
    @Column(name = "youngest_band", nullable = false, length = 16)
    private AgeBand youngestBand;

    @Enumerated(EnumType.STRING)
    @Column(name = "oldest_band", nullable = false, length = 16)
    private AgeBand oldestBand;

    @Column(name = "seats_taken", nullable = false)
    private int seatsTaken;

    @Column(nullable = false)
    private boolean cancelled;

    @Version
    private long version;

    protected CareSession() {
    }

    /** What staff or the course provider write about a session. */
    public record Plan(Instant startsAt, Instant endsAt, String topic, int capacity, AgeBand youngest, AgeBand oldest) {
    }

    public CareSession(long stationId, Plan plan) {
        this.stationId = stationId;
        plan(plan);
    }

    /** Changes the plan; the capacity may not fall below the seats already taken. */
    public final void plan(Plan plan) {
        if (plan.startsAt() == null || plan.endsAt() == null) {
            throw ChildCareRules.violation("childcare.timeRequired");
        }
        if (!plan.endsAt().isAfter(plan.startsAt())
                || plan.endsAt().isAfter(plan.startsAt().plus(ChildCareRules.LONGEST_SESSION))) {
            throw ChildCareRules.violation("childcare.timeOrder");
        }
        if (plan.capacity() < 1 || plan.capacity() > ChildCareRules.MAX_CAPACITY) {
            throw ChildCareRules.violation("childcare.capacityRange", ChildCareRules.MAX_CAPACITY);
        }
        if (plan.capacity() < seatsTaken) {
            throw ChildCareRules.violation("childcare.capacityBelowBooked", seatsTaken);
        }
        if (plan.youngest() == null || plan.oldest() == null) {
            throw ChildCareRules.violation("childcare.ageBandRequired");
        }
        if (plan.youngest().compareTo(plan.oldest()) > 0) {
            throw ChildCareRules.violation("childcare.ageBandOrder");
        }
        this.startsAt = plan.startsAt();
        this.endsAt = plan.endsAt();
        this.topic = LibraryRules.required(plan.topic(), ChildCareRules.TOPIC_LENGTH, "childcare.topicRequired");
        this.capacity = plan.capacity();
        this.youngestBand = plan.youngest();
        this.oldestBand = plan.oldest();
    }

    /**
     * Takes a seat for a child of the band, with the guardian's consent: refused once the session
     * has started or was cancelled, when it is full, or when the child's band is not the session's.
     */
    public void takeSeat(AgeBand band, boolean consented, Instant now) {
        ChildCareRules.requireConsent(consented);
        if (band == null) {
            throw ChildCareRules.violation("childcare.ageBandRequired");
        }
        if (cancelled || !now.isBefore(startsAt)) {
            throw ChildCareRules.violation("childcare.bookingClosed");
        }
        if (!band.within(youngestBand, oldestBand)) {
            throw ChildCareRules.violation("childcare.ageBandNotServed");
        }
        if (seatsTaken >= capacity) {
            throw ChildCareRules.violation("childcare.full", capacity);
        }
        seatsTaken++;
    }

    /** Gives a cancelled booking's seat back; only before the session starts. */
    public void releaseSeat(Instant now) {
        if (!now.isBefore(startsAt)) {
            throw ChildCareRules.violation("childcare.cancelClosed");
        }
        seatsTaken = Math.max(0, seatsTaken - 1);
    }

    /** Calls the session off: no more bookings; the bookings stay, so guardians can be told. */
    public void cancel() {
        cancelled = true;
    }

    public int freeSeats() {
        return capacity - seatsTaken;
    }

    public Long getId() {
        return id;
    }

    public long getStationId() {
        return stationId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getTopic() {
        return topic;
    }

    public int getCapacity() {
        return capacity;
    }

    public AgeBand getYoungestBand() {
        return youngestBand;
    }

    public AgeBand getOldestBand() {
        return oldestBand;
    }

    public int getSeatsTaken() {
        return seatsTaken;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public long getVersion() {
        return version;
    }
}
