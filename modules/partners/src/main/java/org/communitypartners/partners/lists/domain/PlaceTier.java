package org.communitypartners.partners.lists.domain;

/** How close an offer is to a need in the organisation tree, closest first. */
public enum PlaceTier {
    SAME_COMPOUND, SAME_COMMUNITY, SAME_SUBDISTRICT, ELSEWHERE
}
