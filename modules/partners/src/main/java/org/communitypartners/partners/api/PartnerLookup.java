package org.communitypartners.partners.api;

import java.util.List;
import java.util.Optional;

/**
 * Partners as other modules look them up, limited to what the signed-in caller may see: a
 * partner of their subtree (home unit or a served community), or the partner they work for.
 */
public interface PartnerLookup {

    /** The partner, if it exists and the caller may see it. */
    Optional<PartnerView> find(long partnerId);

    /** Active partners of a kind that serve the community, if the caller sees the community. */
    List<PartnerView> activeServing(long communityId, PartnerKind kind);
}
