package org.communitypartners.merchants.library.infrastructure;

/** The merchants module's persistence unit. */
public final class MerchantsPersistence {
    public static final String UNIT = "merchants";

    private MerchantsPersistence() {
    }
}
