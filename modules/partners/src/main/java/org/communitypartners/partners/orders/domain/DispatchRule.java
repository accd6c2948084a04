package org.communitypartners.partners.orders.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * "Orders of this category at this compound (or anywhere in this community) go to this
 * partner": dispatch without waiting for staff.
 */
@Entity
@Table(name = "dispatch_rule")
public class DispatchRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "category_code", nullable = false, updatable = false, length = 32)
    private String categoryCode;

    /** A compound, or a community for every compound in it. */
    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private long partnerId;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected DispatchRule() {
    }

    public DispatchRule(String categoryCode, long unitId, long partnerId, String createdBy, Instant createdAt) {
        this.categoryCode = categoryCode;
        this.unitId = unitId;
        this.partnerId = partnerId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public long getUnitId() {
        return unitId;
    }

    public long getPartnerId() {
        return partnerId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
