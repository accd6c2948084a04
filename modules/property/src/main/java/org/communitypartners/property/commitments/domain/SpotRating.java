package org.communitypartners.property.commitments.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An owner's spot rating (抽查评价) of a commitment: 1 to 5 stars with an optional note. */
@Entity
@Table(name = "property_commitment_rating")
public class SpotRating {
    public static final int MIN_STARS = 1;
    public static final int MAX_STARS = 5;
    public static final int NOTE_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "commitment_id", nullable = false)
    private long commitmentId;

    @Column(name = "compound_id", nullable = false)
    private long compoundId;

    @Column(name = "rated_by", nullable = false, length = 64)
    private String ratedBy;

    @Column(nullable = false)
    private int stars;

    @Column(length = NOTE_LENGTH)
    private String note;

    @Column(name = "rated_at", nullable = false)
    private Instant ratedAt;

    @Version
    private long version;

    protected SpotRating() {
    }

    public SpotRating(ServiceCommitment commitment, String ratedBy, Integer stars, String note, Instant ratedAt) {
        if (stars == null || stars < MIN_STARS || stars > MAX_STARS) {
            throw ServiceCommitment.violation("rating.stars.rule", MIN_STARS, MAX_STARS);
        }
        String stripped = note == null || note.isBlank() ? null : note.strip();
        if (stripped != null && stripped.length() > NOTE_LENGTH) {
            throw ServiceCommitment.violation("rating.note.rule", NOTE_LENGTH);
        }
        this.commitmentId = commitment.getId();
        this.compoundId = commitment.getCompoundId();
        this.ratedBy = ratedBy;
        this.stars = stars;
        this.note = stripped;
        this.ratedAt = ratedAt;
    }

    public Long getId() {
        return id;
    }

    public long getCommitmentId() {
        return commitmentId;
    }

    public int getStars() {
        return stars;
    }

    public String getNote() {
        return note;
    }

    public Instant getRatedAt() {
        return ratedAt;
    }

    public long getVersion() {
        return version;
    }
}
