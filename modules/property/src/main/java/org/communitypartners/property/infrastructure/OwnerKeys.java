package org.communitypartners.property.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Produces;
import org.communitypartners.property.domain.OwnerIdCipher;
import org.communitypartners.property.domain.OwnerKeySetting;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads {@code cp.crypto.owner-key} once at start-up and hands out the cipher for owners' ID
 * numbers. A missing key on MariaDB stops the deployment here, before any owner is written.
 */
@Startup
@Singleton
public class OwnerKeys {
    private OwnerIdCipher cipher;

    @PostConstruct
    void load() {
        Config config = ConfigProvider.getConfig(OwnerKeys.class.getClassLoader());
        cipher = new OwnerIdCipher(OwnerKeySetting.resolve(
                config.getOptionalValue(OwnerKeySetting.PROPERTY, String.class).orElse(null),
                config.getOptionalValue("cp.db.url", String.class).orElse(null)));
    }

    @Produces
    public OwnerIdCipher cipher() {
        return cipher;
    }
}
