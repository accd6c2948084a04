package org.communitypartners.property.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Produces;
import org.communitypartners.kernel.api.FieldCipher;
import org.communitypartners.property.domain.OwnerIdKey;
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
    private FieldCipher cipher;

    @PostConstruct
    void load() {
        Config config = ConfigProvider.getConfig(OwnerKeys.class.getClassLoader());
        cipher = OwnerKeySetting.cipher(OwnerKeySetting.resolve(
                config.getOptionalValue(OwnerKeySetting.PROPERTY, String.class).orElse(null),
                config.getOptionalValue("cp.db.url", String.class).orElse(null)));
    }

    @Produces
    @OwnerIdKey
    public FieldCipher cipher() {
        return cipher;
    }
}
