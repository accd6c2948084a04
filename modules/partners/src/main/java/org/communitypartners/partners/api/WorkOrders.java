package org.communitypartners.partners.api;

import java.time.Instant;
import java.util.Optional;

/**
 * Raising and following work orders from other modules (a property company's service
 * commitment breached, a merchant's offer refused), with the signed-in caller's scope.
 */
public interface WorkOrders {

    /** An order raised by staff through another module, on behalf of a resident. */
    record Request(String categoryCode, long communityId, Long compoundId, String placeDetail, String description,
                   String reporterName, String reporterPhone) {
    }

    /** What another module needs to follow an order. */
    record Summary(long id, String categoryCode, WorkOrderStatus status, Long partnerId, Instant submittedAt,
                   Instant resolvedAt, Instant confirmedAt, Integer rating, boolean complaint) {
    }

    /** Raises the order; the caller must see the community. Returns the order's id. */
    long raise(Request request);

    /** The order if it exists and the caller sees its place. */
    Optional<Summary> find(long orderId);
}
