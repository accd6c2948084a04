package org.communitypartners.merchants.eligibility.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Produces;
import org.communitypartners.kernel.api.FieldCipher;
import org.communitypartners.merchants.eligibility.domain.EligibilityKey;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads {@code cp.crypto.eligibility-key} once at start-up and hands out the cipher of residents'
 * eligibility and ID numbers. A key of its own, so whoever holds the owners' key cannot read who
 * is poor or disabled. A missing key on MariaDB stops the deployment here.
 */
@Startup
@Singleton
public class EligibilityKeys {
    public static final String PROPERTY = "cp.crypto.eligibility-key";
    /** Published in config/README.md: protects nothing, for the embedded demo database only. */
    public static final String DEVELOPMENT_KEY = "Y3AtZGV2ZWxvcG1lbnQtZWxpZ2liaWxpdHkta2V5ISE=";
    private static final String PURPOSE = "cp-eligibility";

    private FieldCipher cipher;

    @PostConstruct
    void load() {
        Config config = ConfigProvider.getConfig(EligibilityKeys.class.getClassLoader());
        cipher = new FieldCipher(FieldCipher.resolveKey(PROPERTY, "CP_CRYPTO_ELIGIBILITY_KEY",
                config.getOptionalValue(PROPERTY, String.class).orElse(null),
                config.getOptionalValue("cp.db.url", String.class).orElse(null), DEVELOPMENT_KEY), PURPOSE);
    }

    @Produces
    @EligibilityKey
    public FieldCipher cipher() {
        return cipher;
    }
}
