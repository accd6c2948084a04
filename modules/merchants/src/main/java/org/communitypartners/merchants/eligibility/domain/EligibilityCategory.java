package org.communitypartners.merchants.eligibility.domain;

/**
 * Why a resident may pay less: the categories community staff record with evidence and the
 * resident's consent. Offers and meal sets price each one; a merchant never learns which applied.
 * Names in both languages live in the module's bundle ({@code eligibility.X}).
 */
public enum EligibilityCategory {
    /** 低保户: receives the minimum living allowance. */
    LOW_INCOME,
    /** 残疾人: holds a disability certificate. */
    DISABLED,
    /** 独居老人: an older person living alone. */
    LIVING_ALONE,
    /** 80岁以上老人: aged 80 or more. */
    AGED_80_PLUS,
    /** 特困人员: in extreme hardship (特困供养). */
    EXTREME_HARDSHIP
}
