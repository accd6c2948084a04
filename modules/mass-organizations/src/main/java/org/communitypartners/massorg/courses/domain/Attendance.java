package org.communitypartners.massorg.courses.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Whether one person on the roster came to one session; taken again, the row changes. */
@Entity
@Table(name = "mo_attendance")
public class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false, updatable = false)
    private long sessionId;

    @Column(name = "enrolment_id", nullable = false, updatable = false)
    private long enrolmentId;

    @Column(nullable = false)
    private boolean present;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected Attendance() {
    }

    public Attendance(long sessionId, long enrolmentId, boolean present, String recordedBy, Instant recordedAt) {
        this.sessionId = sessionId;
        this.enrolmentId = enrolmentId;
        mark(present, recordedBy, recordedAt);
    }

    public void mark(boolean isPresent, String by, Instant at) {
        this.present = isPresent;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getEnrolmentId() {
        return enrolmentId;
    }

    public boolean isPresent() {
        return present;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
