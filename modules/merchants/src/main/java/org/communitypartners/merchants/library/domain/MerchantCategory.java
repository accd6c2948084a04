package org.communitypartners.merchants.library.domain;

import java.util.Locale;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.merchants.MerchantsModule;

/** What kind of shop or service a merchant is; names in both languages live in the module's bundle ({@code category.X}). */
public enum MerchantCategory {
    /** 理发 */
    BARBER,
    /** 餐饮 */
    CATERING,
    /** 养老服务 */
    ELDERLY_CARE,
    /** 药店 */
    PHARMACY,
    /** 诊所 */
    CLINIC,
    /** 生鲜超市 */
    GROCERY,
    /** 托育 — the essential need "child care" of the coverage report needs a category to be met by. */
    CHILD_CARE,
    /** 教育培训 */
    EDUCATION,
    /** 商场 */
    MALL,
    /** 维修 */
    REPAIR,
    /** 其他 */
    OTHER;

    /** The category named in a query (any case); blank is none; an unknown name is a broken rule, not a 404. */
    public static MerchantCategory parse(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "merchant.categoryUnknown", name.strip());
        }
    }
}
