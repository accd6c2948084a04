package org.communitypartners.partners.api;

import java.time.Instant;

/**
 * A partner took a lifecycle step (suspended, reinstated, exited, …). Fired inside the step's
 * transaction, so what other modules keep about the partner — a merchant's place on the public
 * 15-minute circle — changes with the step or not at all. {@code at} is the step's time as the
 * registry records it, so what others keep of the partner's past lines up with the registry's.
 */
public record PartnerStatusChanged(long partnerId, PartnerKind kind, PartnerStatus from, PartnerStatus to,
                                   Instant at) {

    /** Whether residents may now be shown and served by the partner. */
    public boolean active() {
        return to == PartnerStatus.ACTIVE;
    }
}
