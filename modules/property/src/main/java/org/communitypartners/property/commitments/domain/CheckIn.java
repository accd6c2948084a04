package org.communitypartners.property.commitments.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * A property staff member's check-in on a commitment: when the work was done, where (a building,
 * or none for the compound as a whole), by whom, and whether a photo shows it. The time may be
 * entered afterwards, but not in the future and not more than {@link #LATE_ENTRY} back.
 */
@Entity
@Table(name = "property_commitment_checkin")
public class CheckIn {
    public static final int NOTE_LENGTH = 500;
    public static final Duration LATE_ENTRY = Duration.ofDays(14);
    /** Clocks of phones and servers differ a little. */
    private static final Duration SKEW = Duration.ofMinutes(5);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "commitment_id", nullable = false)
    private long commitmentId;

    @Column(name = "compound_id", nullable = false)
    private long compoundId;

    @Column(name = "building_id")
    private Long buildingId;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    @Column(name = "checked_by", nullable = false, length = 64)
    private String checkedBy;

    @Column(name = "partner_id", nullable = false)
    private long partnerId;

    @Column(length = NOTE_LENGTH)
    private String note;

    @Column(name = "has_photo", nullable = false)
    private boolean hasPhoto;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected CheckIn() {
    }

    /** {@code buildingId} must be a building of the compound for a per-building commitment and null otherwise. */
    public CheckIn(ServiceCommitment commitment, Long buildingId, Instant checkedAt, String checkedBy, long partnerId,
                   String note, boolean hasPhoto, Instant now) {
        if (commitment.getCoverage() == Coverage.BUILDING && buildingId == null) {
            throw ServiceCommitment.violation("checkIn.buildingRequired");
        }
        Instant at = checkedAt == null ? now : checkedAt;
        if (at.isAfter(now.plus(SKEW)) || at.isBefore(now.minus(LATE_ENTRY))) {
            throw ServiceCommitment.violation("checkIn.time", LATE_ENTRY.toDays());
        }
        String stripped = note == null || note.isBlank() ? null : note.strip();
        if (stripped != null && stripped.length() > NOTE_LENGTH) {
            throw ServiceCommitment.violation("checkIn.noteRule", NOTE_LENGTH);
        }
        this.commitmentId = commitment.getId();
        this.compoundId = commitment.getCompoundId();
        this.buildingId = commitment.getCoverage() == Coverage.BUILDING ? buildingId : null;
        this.checkedAt = at;
        this.checkedBy = checkedBy;
        this.partnerId = partnerId;
        this.note = stripped;
        this.hasPhoto = hasPhoto;
        this.recordedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getCommitmentId() {
        return commitmentId;
    }

    public long getCompoundId() {
        return compoundId;
    }

    public Long getBuildingId() {
        return buildingId;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public String getCheckedBy() {
        return checkedBy;
    }

    public String getNote() {
        return note;
    }

    public boolean isHasPhoto() {
        return hasPhoto;
    }

    public long getVersion() {
        return version;
    }
}
