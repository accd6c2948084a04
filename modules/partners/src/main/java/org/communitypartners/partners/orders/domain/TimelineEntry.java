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
import org.communitypartners.partners.api.WorkOrderStatus;

/** One line of an order's timeline: who did what, when, with which note. Written once. */
@Entity
@Table(name = "work_order_event")
public class TimelineEntry {

    /** Steps of {@link WorkOrderStep} plus what happens to an order without changing its status. */
    public enum Kind {
        SUBMITTED, DISPATCH, REASSIGN, DECLINE, ACCEPT, START, RESOLVE, CONFIRM, REOPEN, CLOSE, WITHDRAW,
        URGED, ESCALATED, ME_TOO, MERGED, RATED, COMMENT;

        public static Kind of(WorkOrderStep step) {
            return valueOf(step.name());
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private long orderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Actor actor;

    /** The account's user name; residents appear as their channel, never by name. */
    @Column(name = "actor_name", nullable = false, updatable = false, length = 64)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false, length = 16)
    private WorkOrderStatus toStatus;

    @Column(name = "partner_id", updatable = false)
    private Long partnerId;

    @Column(updatable = false, length = WorkOrderStep.NOTE_MAX_LENGTH)
    private String note;

    @Column(nullable = false, updatable = false)
    private Instant at;

    /** The resident who wrote a resident's line, when one of several followers did. */
    @Column(name = "reporter_id", updatable = false)
    private Long reporterId;

    protected TimelineEntry() {
    }

    public TimelineEntry(WorkOrder order, Kind kind, Actor actor, String actorName, String note, Instant at) {
        this.orderId = order.getId();
        this.kind = kind;
        this.actor = actor;
        this.actorName = actorName;
        this.toStatus = order.getStatus();
        this.partnerId = order.getPartnerId();
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.at = at;
    }

    /** Marks the line as written by this follower of the order. */
    public TimelineEntry by(Reporter reporter) {
        this.reporterId = reporter.getId();
        return this;
    }

    public Long getReporterId() {
        return reporterId;
    }

    public Long getId() {
        return id;
    }

    public long getOrderId() {
        return orderId;
    }

    public Kind getKind() {
        return kind;
    }

    public Actor getActor() {
        return actor;
    }

    public String getActorName() {
        return actorName;
    }

    public WorkOrderStatus getToStatus() {
        return toStatus;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public String getNote() {
        return note;
    }

    public Instant getAt() {
        return at;
    }
}
