package org.communitypartners.massorg.domain;

/** Who may register for an activity. */
public enum Audience {
    /** 本社区居民: the registrant confirms they live in the activity's community. */
    COMMUNITY_RESIDENTS,
    /** 不限 */
    ANYONE
}
