package org.communitypartners.partners.api;

import java.time.Instant;
import java.util.Set;

/** A partner as screens, REST and other modules see it; the contact phone only masked. */
public record PartnerView(long id, String code, PartnerKind kind, String name, String creditCode, String contactName,
                          String maskedContactPhone, long homeUnitId, Set<Long> servedCommunityIds, PartnerStatus status,
                          Instant appliedAt, long version) {
}
