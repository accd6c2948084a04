package org.communitypartners.massorg.organisations.domain;

/** What kind of mass organisation (群团组织) a partner is. */
public enum OrganisationKind {
    TRADE_UNION, YOUTH_LEAGUE, WOMENS_FEDERATION, DISABLED_PERSONS_FEDERATION, ART_TROUPE, VOLUNTEER_TEAM, OTHER
}
