package org.communitypartners.partners.api;

/** The kinds of community partner (社区合伙人). */
public enum PartnerKind {
    /** 物业公司 */
    PROPERTY_COMPANY,
    /** 商户与企业 */
    MERCHANT,
    /** 群团组织 */
    MASS_ORGANIZATION,
    /** 驻区单位 */
    RESIDENT_UNIT,
    /** 党组织 */
    PARTY_ORGANIZATION
}
