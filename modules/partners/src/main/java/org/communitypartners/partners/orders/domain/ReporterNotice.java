package org.communitypartners.partners.orders.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A message owed to a reporter about their order (an outbox): shown on the tracking page. No SMS
 * gateway is connected yet; the table's {@code sent_at} column is where one would mark them sent.
 */
@Entity
@Table(name = "work_order_notice")
public class ReporterNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "reporter_id", nullable = false, updatable = false)
    private long reporterId;

    @Column(name = "order_id", nullable = false, updatable = false)
    private long orderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private TimelineEntry.Kind kind;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ReporterNotice() {
    }

    public ReporterNotice(Reporter reporter, TimelineEntry.Kind kind, Instant createdAt) {
        this.reporterId = reporter.getId();
        this.orderId = reporter.getOrderId();
        this.kind = kind;
        this.createdAt = createdAt;
    }

    public TimelineEntry.Kind getKind() {
        return kind;
    }

    public long getOrderId() {
        return orderId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
