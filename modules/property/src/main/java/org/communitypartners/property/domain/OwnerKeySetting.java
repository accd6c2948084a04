package org.communitypartners.property.domain;

import java.util.Base64;

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

    private OwnerKeySetting() {
    }

    /** The key bytes for the configured value and database URL; throws when none may be used. */
    public static byte[] resolve(String configured, String databaseUrl) {
        if (configured == null || configured.isBlank()) {
            boolean embedded = databaseUrl == null || databaseUrl.isBlank() || databaseUrl.startsWith("jdbc:h2:");
            if (!embedded) {
                throw new IllegalStateException(PROPERTY + " (CP_CRYPTO_OWNER_KEY) is not set: owners' ID numbers"
                        + " cannot be encrypted. Set it to the base64 of 32 random bytes (openssl rand -base64 32).");
            }
            configured = DEVELOPMENT_KEY;
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(configured.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(PROPERTY + " is not base64", e);
        }
        if (key.length != OwnerIdCipher.KEY_BYTES) {
            throw new IllegalStateException(PROPERTY + " must be the base64 of " + OwnerIdCipher.KEY_BYTES
                    + " bytes, not " + key.length);
        }
        return key;
    }
}
