package org.communitypartners.property.domain;

import org.communitypartners.kernel.api.FieldCipher;

/**
 * Chooses the key for owners' ID numbers from the setting {@code cp.crypto.owner-key} (base64 of
 * 32 bytes). Without it, only the embedded H2 demo database gets the published development key
 * below (its data is demo data on one machine); on any other database the application refuses
 * to start rather than invent a key.
 */
public final class OwnerKeySetting {
    public static final String PROPERTY = "cp.crypto.owner-key";
    /** Published in config/README.md: protects nothing, for the embedded demo database only. */
    public static final String DEVELOPMENT_KEY = "Y3AtZGV2ZWxvcG1lbnQtb3duZXIta2V5LW5vdC1zZWM=";
    /** The sub-key label: owners' ID numbers stored since the first release were sealed under it. */
    private static final String PURPOSE = "cp-owner-id";

    private OwnerKeySetting() {
    }

    /** The key bytes for the configured value and database URL; throws when none may be used. */
    public static byte[] resolve(String configured, String databaseUrl) {
        return FieldCipher.resolveKey(PROPERTY, "CP_CRYPTO_OWNER_KEY", configured, databaseUrl, DEVELOPMENT_KEY);
    }

    /** The cipher of owners' ID numbers under a key. */
    public static FieldCipher cipher(byte[] key) {
        return new FieldCipher(key, PURPOSE);
    }
}
