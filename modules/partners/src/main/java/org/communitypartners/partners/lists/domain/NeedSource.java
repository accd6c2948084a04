package org.communitypartners.partners.lists.domain;

/** How staff learned of a need. */
public enum NeedSource {
    /** 居民反映 */
    RESIDENT_INPUT,
    /** 问卷调查 */
    SURVEY,
    /** 网格走访 */
    GRID_VISIT
}
