package org.communitypartners.partners.api;

/**
 * What a need, a resource or a service is about: one list shared by the three lists (三项清单),
 * matching and work orders, so a need meets offers of its own kind.
 */
public enum ServiceCategory {
    /** 养老服务 */
    ELDERLY_CARE,
    /** 托育与儿童服务 */
    CHILD_CARE,
    /** 助餐 */
    MEALS,
    /** 保洁与环境卫生 */
    CLEANING,
    /** 维修 */
    REPAIRS,
    /** 绿化 */
    GREENING,
    /** 安全与消防 */
    SAFETY,
    /** 健康医疗 */
    HEALTH,
    /** 文化体育 */
    CULTURE_SPORTS,
    /** 法律援助 */
    LEGAL_AID,
    /** 就业 */
    EMPLOYMENT,
    /** 其他 */
    OTHER
}
