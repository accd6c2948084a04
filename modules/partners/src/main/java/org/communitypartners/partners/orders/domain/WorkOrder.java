package org.communitypartners.partners.orders.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.api.CloseReason;
import org.communitypartners.partners.api.WorkOrderStatus;

/**
 * A resident's request going round the loop. It keeps the service level of its category as it
 * was when submitted, so changing a category's promise never rewrites past clocks.
 */
@Entity
@Table(name = "work_order")
public class WorkOrder {
    public static final int DESCRIPTION_MAX_LENGTH = 2000;
    public static final int COMMENT_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "category_code", nullable = false, length = 32)
    private String categoryCode;

    @Column(nullable = false)
    private boolean complaint;

    @Column(name = "subdistrict_id", nullable = false, updatable = false)
    private long subdistrictId;

    @Column(name = "community_id", nullable = false, updatable = false)
    private long communityId;

    @Column(name = "compound_id", updatable = false)
    private Long compoundId;

    @Column(name = "place_detail", length = Place.DETAIL_MAX_LENGTH, updatable = false)
    private String placeDetail;

    @Column(precision = 9, scale = 6, updatable = false)
    private BigDecimal latitude;

    @Column(precision = 9, scale = 6, updatable = false)
    private BigDecimal longitude;

    @Column(nullable = false, length = DESCRIPTION_MAX_LENGTH, updatable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private WorkOrderStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "close_reason", length = 32)
    private CloseReason closeReason;

    @Column(name = "partner_id")
    private Long partnerId;

    @Column(name = "accept_minutes", nullable = false, updatable = false)
    private int acceptMinutes;

    @Column(name = "resolve_minutes", nullable = false, updatable = false)
    private int resolveMinutes;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "dispatched_at")
    private Instant dispatchedAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "accept_due_at", nullable = false)
    private Instant acceptDueAt;

    @Column(name = "resolve_due_at", nullable = false)
    private Instant resolveDueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Escalation escalation = Escalation.NONE;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "urge_count", nullable = false)
    private int urgeCount;

    @Column(name = "reopen_count", nullable = false)
    private int reopenCount;

    @Column(name = "me_too_count", nullable = false)
    private int meTooCount;

    @Column(name = "duplicate_of_id")
    private Long duplicateOfId;

    private Integer rating;

    @Column(name = "rating_comment", length = COMMENT_MAX_LENGTH)
    private String ratingComment;

    @Version
    private long version;

    protected WorkOrder() {
    }

    public WorkOrder(WorkOrderCategory category, Place place, String description, Channel channel,
                     Instant submittedAt) {
        if (!category.isActive()) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.categoryUnknown", category.getCode());
        }
        if (description == null || description.isBlank() || description.strip().length() > DESCRIPTION_MAX_LENGTH) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.descriptionRequired", DESCRIPTION_MAX_LENGTH);
        }
        this.categoryCode = category.getCode();
        this.complaint = category.isComplaint();
        this.subdistrictId = place.subdistrictId();
        this.communityId = place.communityId();
        this.compoundId = place.compoundId();
        this.placeDetail = place.detail();
        this.latitude = place.latitude();
        this.longitude = place.longitude();
        this.description = description.strip();
        this.channel = channel;
        this.status = WorkOrderStatus.SUBMITTED;
        this.acceptMinutes = (int) category.serviceLevel().acceptWithin().toMinutes();
        this.resolveMinutes = (int) category.serviceLevel().resolveWithin().toMinutes();
        this.submittedAt = submittedAt;
        startClocks(submittedAt);
    }

    /** The promise of its category as it was when this order was submitted. */
    public ServiceLevel serviceLevel() {
        return ServiceLevel.ofMinutes(acceptMinutes, resolveMinutes);
    }

    private void startClocks(Instant from) {
        acceptDueAt = serviceLevel().acceptBy(from);
        resolveDueAt = serviceLevel().resolveBy(from);
        escalation = Escalation.NONE;
        escalatedAt = null;
    }

    /**
     * Takes a step that needs no partner and no close reason; returns the status before it.
     * Dispatching, closing and merging have their own methods.
     */
    public WorkOrderStatus take(WorkOrderStep step, Actor actor, String note, Instant now) {
        if (step == WorkOrderStep.DISPATCH || step == WorkOrderStep.REASSIGN || step == WorkOrderStep.CLOSE) {
            throw new IllegalArgumentException(step + " has its own method");
        }
        WorkOrderStatus before = status;
        status = step.apply(status, actor, note);
        switch (step) {
            case DECLINE -> {
                partnerId = null;
                dispatchedAt = null;
                restartAcceptClock(now);
            }
            case ACCEPT -> acceptedAt = now;
            case RESOLVE -> resolvedAt = now;
            case CONFIRM -> confirmedAt = now;
            case REOPEN -> {
                reopenCount++;
                acceptedAt = null;
                resolvedAt = null;
                startClocks(now);
            }
            case WITHDRAW -> close(CloseReason.WITHDRAWN, now);
            default -> {
                // START changes the status only.
            }
        }
        return before;
    }

    /**
     * Gives the order to a partner. A reassignment gives the new partner a fresh acceptance
     * clock; the resolution deadline the resident was promised stays.
     */
    public WorkOrderStatus dispatch(WorkOrderStep step, long partner, Actor actor, String note, Instant now) {
        if (step != WorkOrderStep.DISPATCH && step != WorkOrderStep.REASSIGN) {
            throw new IllegalArgumentException(step + " is not a dispatch");
        }
        if (step == WorkOrderStep.REASSIGN && partnerId != null && partnerId == partner) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.samePartner");
        }
        WorkOrderStatus before = status;
        status = step.apply(status, actor, note);
        partnerId = partner;
        dispatchedAt = now;
        if (step == WorkOrderStep.REASSIGN) {
            acceptedAt = null;
            restartAcceptClock(now);
        }
        return before;
    }

    /**
     * A partner handed back or taken off gives the community a fresh acceptance clock for the
     * next partner, never beyond the resolution deadline the resident was promised.
     */
    private void restartAcceptClock(Instant now) {
        Instant fresh = serviceLevel().acceptBy(now);
        acceptDueAt = fresh.isAfter(resolveDueAt) ? resolveDueAt : fresh;
        if (escalation == Escalation.ACCEPT_OVERDUE) {
            escalation = Escalation.NONE;
        }
    }

    /** The supervisor closes the order; a duplicate is closed only by merging it. */
    public WorkOrderStatus close(CloseReason reason, Actor actor, String note, Instant now) {
        if (reason == null || reason == CloseReason.DUPLICATE || reason == CloseReason.WITHDRAWN) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.closeReason");
        }
        WorkOrderStatus before = status;
        status = WorkOrderStep.CLOSE.apply(status, actor, note);
        close(reason, now);
        return before;
    }

    /**
     * Closes this order as a duplicate of {@code survivor}, which counts this order's reporters
     * as "me too"s from now on.
     */
    public WorkOrderStatus mergeInto(WorkOrder survivor, Actor actor, String note, Instant now) {
        if (survivor.id.equals(id) || survivor.status.isFinished()) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.mergeTarget");
        }
        if (!survivor.categoryCode.equals(categoryCode) || survivor.communityId != communityId) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.mergeMismatch");
        }
        WorkOrderStatus before = status;
        status = WorkOrderStep.CLOSE.apply(status, actor, note);
        close(CloseReason.DUPLICATE, now);
        duplicateOfId = survivor.id;
        survivor.meTooCount += meTooCount + 1;
        return before;
    }

    private void close(CloseReason reason, Instant now) {
        status = WorkOrderStatus.CLOSED;
        closeReason = reason;
        closedAt = now;
    }

    /** Another resident reports the same problem and follows this order instead of a new one. */
    public void meToo() {
        if (status.isFinished()) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.finished");
        }
        meTooCount++;
    }

    /** The supervisor presses the partner (督办); counted, and shown to the partner. */
    public void urge(Actor actor, String note) {
        if (actor != Actor.COMMUNITY) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.stepNotYours");
        }
        if (status.isFinished()) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.finished");
        }
        if (note == null || note.isBlank()) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.noteRequired");
        }
        urgeCount++;
    }

    /**
     * Raises the order to the supervisor when a deadline passed while it is open; returns the
     * new escalation, or empty when nothing changed (already raised for that deadline).
     */
    public Optional<Escalation> escalateIfOverdue(Instant now) {
        Escalation due = Escalation.NONE;
        if (!status.isFinished() && status != WorkOrderStatus.RESOLVED) {
            if (resolveClock().isOverdue(now)) {
                due = Escalation.RESOLVE_OVERDUE;
            } else if (acceptClock().isOverdue(now)) {
                due = Escalation.ACCEPT_OVERDUE;
            }
        }
        if (due == Escalation.NONE || due.ordinal() <= escalation.ordinal()) {
            return Optional.empty();
        }
        escalation = due;
        escalatedAt = now;
        return Optional.of(due);
    }

    /** The resident's rating of a confirmed order, once. */
    public void rate(int stars, String comment) {
        if (status != WorkOrderStatus.CONFIRMED) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.rateWhenConfirmed");
        }
        if (rating != null) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.alreadyRated");
        }
        if (stars < 1 || stars > 5) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.ratingRange");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > COMMENT_MAX_LENGTH) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.noteTooLong", COMMENT_MAX_LENGTH);
        }
        rating = stars;
        ratingComment = text;
    }

    /** Accepting: stopped at acceptance, or at closing if it never was. */
    public SlaClock acceptClock() {
        return new SlaClock(acceptDueAt, acceptedAt != null ? acceptedAt : closedAt);
    }

    public SlaClock resolveClock() {
        return new SlaClock(resolveDueAt, resolvedAt != null ? resolvedAt : closedAt);
    }

    /** The clock that matters now: acceptance until accepted, then resolution. */
    public SlaClock currentClock() {
        boolean waitingForAcceptance = acceptedAt == null && resolvedAt == null
                && (status == WorkOrderStatus.SUBMITTED || status == WorkOrderStatus.DISPATCHED
                || status == WorkOrderStatus.REOPENED);
        return waitingForAcceptance ? acceptClock() : resolveClock();
    }

    public Place place() {
        return new Place(subdistrictId, communityId, compoundId, placeDetail, latitude, longitude);
    }

    public Long getId() {
        return id;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public boolean isComplaint() {
        return complaint;
    }

    public long getSubdistrictId() {
        return subdistrictId;
    }

    public long getCommunityId() {
        return communityId;
    }

    public Long getCompoundId() {
        return compoundId;
    }

    public String getDescription() {
        return description;
    }

    public Channel getChannel() {
        return channel;
    }

    public WorkOrderStatus getStatus() {
        return status;
    }

    public CloseReason getCloseReason() {
        return closeReason;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getAcceptDueAt() {
        return acceptDueAt;
    }

    public Instant getResolveDueAt() {
        return resolveDueAt;
    }

    public Escalation getEscalation() {
        return escalation;
    }

    public int getUrgeCount() {
        return urgeCount;
    }

    public int getReopenCount() {
        return reopenCount;
    }

    public int getMeTooCount() {
        return meTooCount;
    }

    public Long getDuplicateOfId() {
        return duplicateOfId;
    }

    public Integer getRating() {
        return rating;
    }

    public String getRatingComment() {
        return ratingComment;
    }

    public long getVersion() {
        return version;
    }
}
