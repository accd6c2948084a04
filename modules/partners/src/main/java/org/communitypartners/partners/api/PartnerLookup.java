package org.communitypartners.partners.api;

import java.util.List;
import java.util.Optional;

/**
 * Partners as other modules look them up for the signed-in caller: only partners the caller sees
 * (homed in or serving the caller's subtree), and only while the partners module is on there.
 */
public interface PartnerLookup {

    /** The partner if the caller sees it; empty otherwise (no difference between missing and hidden). */
    Optional<PartnerView> findVisible(long partnerId);

    /** Active partners of the kind the caller sees whose name contains the text, by name, at most {@code limit}. */
    List<PartnerView> activeOfKind(PartnerKind kind, String text, int limit);
}
