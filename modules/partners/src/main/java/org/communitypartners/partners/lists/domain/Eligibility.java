package org.communitypartners.partners.lists.domain;

/** Groups of residents a service is free or discounted for (免费或优惠对象). */
public enum Eligibility {
    /** 低保户 */
    LOW_INCOME,
    /** 残疾人家庭 */
    DISABLED,
    /** 独居老人 */
    ELDERLY_LIVING_ALONE,
    /** 80 岁以上老人 */
    AGED_80_PLUS,
    /** 特困供养人员 */
    EXTREME_POVERTY,
    /** 优抚对象 */
    SPECIAL_CARE,
    /** 留守儿童 */
    LEFT_BEHIND_CHILDREN
}
