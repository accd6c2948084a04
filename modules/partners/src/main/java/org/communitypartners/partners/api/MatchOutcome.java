package org.communitypartners.partners.api;

/** What a confirmed match between a need and an offer turns into. */
public enum MatchOutcome {
    /** 派单: one partner delivers, tracked as a work order. */
    WORK_ORDER,
    /** 共建项目: the community and the partner run it together as a joint project. */
    JOINT_PROJECT
}
