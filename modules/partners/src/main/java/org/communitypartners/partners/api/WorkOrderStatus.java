package org.communitypartners.partners.api;

/**
 * Where a resident's request stands in the loop "resident orders, partner takes the order,
 * community supervises". Resolved (the partner says it is done) and confirmed (the resident
 * agrees) are different states and are counted apart.
 */
public enum WorkOrderStatus {
    SUBMITTED, DISPATCHED, ACCEPTED, IN_PROGRESS, RESOLVED, CONFIRMED, REOPENED, CLOSED;

    /** Confirmed and closed orders are finished: no clock runs and no step applies but a rating. */
    public boolean isFinished() {
        return this == CONFIRMED || this == CLOSED;
    }
}
