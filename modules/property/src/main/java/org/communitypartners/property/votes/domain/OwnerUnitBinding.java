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
 * An owner's account (role OWNER) bound by community staff to a unit of its compound: the
 * account sees and votes for that unit only. An account may hold several units; a unit may be
 * bound to several accounts (co-owners), and the unit still has one ballot.
 */
@Entity
@Table(name = "property_owner_account_unit")
public class OwnerUnitBinding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64, updatable = false)
    private String username;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "compound_id", nullable = false, updatable = false)
    private long compoundId;

    @Column(name = "bound_by", nullable = false, length = 64, updatable = false)
    private String boundBy;

    @Column(name = "bound_at", nullable = false, updatable = false)
    private Instant boundAt;

    @Version
    private long version;

    protected OwnerUnitBinding() {
    }

    public OwnerUnitBinding(String username, long unitId, long compoundId, String boundBy, Instant at) {
        this.username = username;
        this.unitId = unitId;
        this.compoundId = compoundId;
        this.boundBy = boundBy;
        this.boundAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public long getUnitId() {
        return unitId;
    }

    public long getCompoundId() {
        return compoundId;
    }

    public String getBoundBy() {
        return boundBy;
    }

    public Instant getBoundAt() {
        return boundAt;
    }

    public long getVersion() {
        return version;
    }
}
