package org.communitypartners.partners.api;

/**
 * Staff confirmed that an offer (a partner's service or resource) meets a need. Fired inside the
 * confirming transaction, so a {@link MatchOutcome#WORK_ORDER} match and the work order it starts
 * are written together or not at all.
 *
 * @param offerKind {@code SERVICE} or {@code RESOURCE}
 * @param unitId the community or compound where the need is
 */
public record NeedMatched(long matchId, long needId, String needCode, ServiceCategory category, long unitId,
                          long subdistrictId, String offerKind, long offerId, long partnerId, MatchOutcome outcome,
                          String note, String confirmedBy) {
}
