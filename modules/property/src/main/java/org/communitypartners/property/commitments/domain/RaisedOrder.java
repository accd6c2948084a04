package org.communitypartners.property.commitments.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** The work order raised for a period of a commitment that was not met: one per period at most. */
@Entity
@Table(name = "property_commitment_order")
public class RaisedOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "commitment_id", nullable = false)
    private long commitmentId;

    @Column(name = "period_starts", nullable = false)
    private LocalDate periodStarts;

    @Column(name = "work_order_id", nullable = false)
    private long workOrderId;

    @Column(name = "raised_by", nullable = false, length = 64)
    private String raisedBy;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Version
    private long version;

    protected RaisedOrder() {
    }

    public RaisedOrder(long commitmentId, LocalDate periodStarts, long workOrderId, String raisedBy, Instant raisedAt) {
        this.commitmentId = commitmentId;
        this.periodStarts = periodStarts;
        this.workOrderId = workOrderId;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
    }

    public long getCommitmentId() {
        return commitmentId;
    }

    public LocalDate getPeriodStarts() {
        return periodStarts;
    }

    public long getWorkOrderId() {
        return workOrderId;
    }
}
