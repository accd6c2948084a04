package org.communitypartners.partners.orders.domain;

import static org.communitypartners.partners.api.WorkOrderStatus.ACCEPTED;
import static org.communitypartners.partners.api.WorkOrderStatus.CLOSED;
import static org.communitypartners.partners.api.WorkOrderStatus.CONFIRMED;
import static org.communitypartners.partners.api.WorkOrderStatus.DISPATCHED;
import static org.communitypartners.partners.api.WorkOrderStatus.IN_PROGRESS;
import static org.communitypartners.partners.api.WorkOrderStatus.REOPENED;
import static org.communitypartners.partners.api.WorkOrderStatus.RESOLVED;
import static org.communitypartners.partners.api.WorkOrderStatus.SUBMITTED;

import java.util.EnumSet;
import java.util.Set;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.api.WorkOrderStatus;

/**
 * The steps of the closed loop, from which statuses each may be taken, by whom, and whether it
 * needs a note. The community dispatches and supervises; the partner accepts, works and
 * resolves (or hands the order back); the resident confirms, reopens or withdraws.
 */
public enum WorkOrderStep {
    DISPATCH(EnumSet.of(SUBMITTED, REOPENED), DISPATCHED, EnumSet.of(Actor.COMMUNITY, Actor.SYSTEM), false),
    /** The supervisor gives a dispatched or running order to another partner. */
    REASSIGN(EnumSet.of(DISPATCHED, ACCEPTED, IN_PROGRESS), DISPATCHED, EnumSet.of(Actor.COMMUNITY), true),
    /** The partner hands the order back to the community: not theirs to do. */
    DECLINE(EnumSet.of(DISPATCHED), SUBMITTED, EnumSet.of(Actor.PARTNER), true),
    ACCEPT(EnumSet.of(DISPATCHED), ACCEPTED, EnumSet.of(Actor.PARTNER), false),
    START(EnumSet.of(ACCEPTED), IN_PROGRESS, EnumSet.of(Actor.PARTNER), false),
    RESOLVE(EnumSet.of(ACCEPTED, IN_PROGRESS), RESOLVED, EnumSet.of(Actor.PARTNER), true),
    /** The resident agrees it is done; staff may record a confirmation given by phone. */
    CONFIRM(EnumSet.of(RESOLVED), CONFIRMED, EnumSet.of(Actor.RESIDENT, Actor.COMMUNITY), false),
    REOPEN(EnumSet.of(RESOLVED), REOPENED, EnumSet.of(Actor.RESIDENT, Actor.COMMUNITY), true),
    /** The supervisor closes with a reason (see {@link org.communitypartners.partners.api.CloseReason}). */
    CLOSE(EnumSet.of(SUBMITTED, DISPATCHED, ACCEPTED, IN_PROGRESS, RESOLVED, REOPENED), CLOSED,
            EnumSet.of(Actor.COMMUNITY), true),
    /** The resident no longer needs it, before it is resolved. */
    WITHDRAW(EnumSet.of(SUBMITTED, DISPATCHED, ACCEPTED, IN_PROGRESS, REOPENED), CLOSED,
            EnumSet.of(Actor.RESIDENT), false);

    public static final int NOTE_MAX_LENGTH = 1000;

    private final Set<WorkOrderStatus> from;
    private final WorkOrderStatus to;
    private final Set<Actor> actors;
    private final boolean needsNote;

    WorkOrderStep(Set<WorkOrderStatus> from, WorkOrderStatus to, Set<Actor> actors, boolean needsNote) {
        this.from = from;
        this.to = to;
        this.actors = actors;
        this.needsNote = needsNote;
    }

    /** The status after this step, or a violation naming the rule that refuses it. */
    public WorkOrderStatus apply(WorkOrderStatus current, Actor actor, String note) {
        if (!from.contains(current)) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.illegalStep");
        }
        if (!actors.contains(actor)) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.stepNotYours");
        }
        boolean blank = note == null || note.isBlank();
        if (needsNote && blank) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.noteRequired");
        }
        if (!blank && note.strip().length() > NOTE_MAX_LENGTH) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.noteTooLong", NOTE_MAX_LENGTH);
        }
        return to;
    }

    /** Whether this actor may take the step now (screens offer only those). */
    public boolean offeredTo(Actor actor, WorkOrderStatus current) {
        return actors.contains(actor) && from.contains(current);
    }
}
