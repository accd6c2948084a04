package org.communitypartners.partners.api;

import java.util.List;
import java.util.Optional;

/**
 * Partners as other modules look them up, limited to what the signed-in caller may see: a
 * partner of their subtree (home unit or a served community), or the partner they work for, and
 * only while the partners module is on where the partner is registered.
 */
public interface PartnerLookup {

    /** The partner if the caller sees it; empty otherwise (no difference between missing and hidden). */
    Optional<PartnerView> find(long partnerId);

    /** Active partners of a kind that serve the community, if the caller sees the community. */
    List<PartnerView> activeServing(long communityId, PartnerKind kind);

    /**
     * The name of a partner as a public notice states it (a compound's fee notice names the
     * property company serving it), for any caller, signed in or not: the name and nothing else,
     * while the partners module is on where the partner is registered.
     */
    Optional<String> publicName(long partnerId);

    /** Active partners of the kind the caller sees whose name contains the text, by name, at most {@code limit}. */
    List<PartnerView> activeOfKind(PartnerKind kind, String text, int limit);
}
