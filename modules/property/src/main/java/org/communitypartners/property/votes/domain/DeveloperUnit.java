package org.communitypartners.property.votes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A unit the developer (建设单位) still holds: not yet sold, or sold but not handed over. Marked
 * per unit by community staff, whatever owners the register lists for it; all such units of a
 * compound vote with their areas but count as one head together. Unmarking deletes the mark.
 */
@Entity
@Table(name = "property_developer_unit")
public class DeveloperUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "compound_id", nullable = false, updatable = false)
    private long compoundId;

    @Column(name = "marked_by", nullable = false, length = 64, updatable = false)
    private String markedBy;

    @Column(name = "marked_at", nullable = false, updatable = false)
    private Instant markedAt;

    @Version
    private long version;

    protected DeveloperUnit() {
    }

    public DeveloperUnit(long unitId, long compoundId, String markedBy, Instant at) {
        this.unitId = unitId;
        this.compoundId = compoundId;
        this.markedBy = markedBy;
        this.markedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getUnitId() {
        return unitId;
    }

    public long getCompoundId() {
        return compoundId;
    }

    public String getMarkedBy() {
        return markedBy;
    }

    public Instant getMarkedAt() {
        return markedAt;
    }

    public long getVersion() {
        return version;
    }
}
