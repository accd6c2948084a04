package org.communitypartners.partners.lists.domain;

/** What kind of thing a partner brings. */
public enum ResourceType {
    /** 场地 */
    SPACE,
    /** 资金 */
    FUNDS,
    /** 物资 */
    GOODS,
    /** 志愿者 */
    VOLUNTEERS,
    /** 技能 */
    SKILLS
}
