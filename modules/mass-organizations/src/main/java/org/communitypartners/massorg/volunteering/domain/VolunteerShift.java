package org.communitypartners.massorg.volunteering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.communitypartners.massorg.organisations.domain.Rules;

/**
 * A volunteer's time at one activity or one course session of their organisation. It is recorded
 * as PENDING; the organiser confirms it (crediting rounded minutes) or rejects it, once.
 */
@Entity
@Table(name = "mo_volunteer_shift")
public class VolunteerShift {
    public static final int TASK_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Column(name = "activity_id", updatable = false)
    private Long activityId;

    @Column(name = "session_id", updatable = false)
    private Long sessionId;

    @Column(nullable = false, length = Rules.VENUE_LENGTH)
    private String place;

    @Column(nullable = false, length = TASK_LENGTH)
    private String task;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at", nullable = false)
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ShiftStatus status;

    @Column(name = "credited_minutes", nullable = false)
    private int creditedMinutes;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected VolunteerShift() {
    }

    /** Where the volunteering happened: exactly one of an activity or a course session, and its place. */
    public record Occasion(Long activityId, Long sessionId, String place) {
    }

    public VolunteerShift(long organisationId, long memberId, Occasion occasion, String task, Instant startedAt,
                          Instant endedAt, String recordedBy, Instant recordedAt) {
        if ((occasion.activityId() == null) == (occasion.sessionId() == null)) {
            throw Rules.violation("shift.occasionRequired");
        }
        if (startedAt == null || endedAt == null) {
            throw Rules.violation("shift.timesRequired");
        }
        if (startedAt.isAfter(recordedAt)) {
            throw Rules.violation("shift.inFuture");
        }
        VolunteerHours.creditedMinutes(Duration.between(startedAt, endedAt));
        this.organisationId = organisationId;
        this.memberId = memberId;
        this.activityId = occasion.activityId();
        this.sessionId = occasion.sessionId();
        String where = occasion.place() == null ? "" : occasion.place().strip();
        // An activity's title and venue together can be longer than the column; the start is what identifies it.
        this.place = where.length() > Rules.VENUE_LENGTH ? where.substring(0, Rules.VENUE_LENGTH) : where;
        this.task = Rules.requireText(task, TASK_LENGTH, "shift.taskRequired");
        this.startedAt = startedAt;
        this.endedAt = endedAt;
        this.status = ShiftStatus.PENDING;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** The organiser vouches for the time: it is credited, rounded to the quarter hour. */
    public void confirm(String by, Instant at) {
        decide(by, at);
        status = ShiftStatus.CONFIRMED;
        creditedMinutes = VolunteerHours.creditedMinutes(Duration.between(startedAt, endedAt));
    }

    public void reject(String by, Instant at) {
        decide(by, at);
        status = ShiftStatus.REJECTED;
        creditedMinutes = 0;
    }

    private void decide(String by, Instant at) {
        if (status != ShiftStatus.PENDING) {
            throw Rules.violation("shift.alreadyDecided");
        }
        decidedBy = by;
        decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public long getMemberId() {
        return memberId;
    }

    public Long getActivityId() {
        return activityId;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public String getPlace() {
        return place;
    }

    public String getTask() {
        return task;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public ShiftStatus getStatus() {
        return status;
    }

    public int getCreditedMinutes() {
        return creditedMinutes;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public long getVersion() {
        return version;
    }
}
