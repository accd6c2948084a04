package org.communitypartners.partners.api;

/**
 * Staff confirmed that an offer (a partner's service or resource) meets a need. Fired after the
 * match commits; a {@link MatchOutcome#WORK_ORDER} match is where a work order starts.
 *
 * @param offerKind {@code SERVICE} or {@code RESOURCE}
 * @param unitId the community or compound where the need is
 */
public record NeedMatched(long matchId, long needId, String needCode, ServiceCategory category, long unitId,
                          long subdistrictId, String offerKind, long offerId, long partnerId, MatchOutcome outcome,
                          String note, String confirmedBy) {
}
