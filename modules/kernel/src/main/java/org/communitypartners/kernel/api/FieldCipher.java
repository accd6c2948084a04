package org.communitypartners.kernel.api;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts one kind of sensitive field (owners' ID numbers, residents' eligibility) at rest with
 * AES-256-GCM (a fresh random 96-bit IV each time, so equal values never give equal ciphertexts)
 * and gives a keyed HMAC-SHA256 (a blind index) to find rows by value without decrypting any.
 * Two sub-keys are derived from the one configured 32-byte key by HMAC with labels named for the
 * field's purpose, so the encryption key never doubles as the lookup key and two purposes
 * sharing a key by mistake still do not share sub-keys.
 */
public final class FieldCipher {
    public static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec lookupKey;

    /**
     * @param key     the configured key, 32 bytes
     * @param purpose the label the sub-keys are derived with (e.g. {@code cp-owner-id}); changing it
     *                makes every stored value unreadable
     */
    public FieldCipher(byte[] key, String purpose) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException("the key for " + purpose + " must be " + KEY_BYTES + " bytes");
        }
        encryptionKey = new SecretKeySpec(hmac(key, purpose + "-encryption"), "AES");
        lookupKey = new SecretKeySpec(hmac(key, purpose + "-lookup"), "HmacSHA256");
    }

    /**
     * The key bytes for a setting: its configured base64 value, or — only on the embedded H2 demo
     * database (no URL or a {@code jdbc:h2:} one) — the published development key. On any other
     * database a missing key refuses to start rather than invent one.
     *
     * @param setting        the MicroProfile Config name, for the messages
     * @param environment    the environment variable of the same setting, for the messages
     * @param developmentKey base64 of the key the embedded database uses when none is set
     */
    public static byte[] resolveKey(String setting, String environment, String configured, String databaseUrl,
                                    String developmentKey) {
        String value = configured;
        if (value == null || value.isBlank()) {
            boolean embedded = databaseUrl == null || databaseUrl.isBlank() || databaseUrl.startsWith("jdbc:h2:");
            if (!embedded) {
                throw new IllegalStateException(setting + " (" + environment + ") is not set: sensitive fields"
                        + " cannot be encrypted. Set it to the base64 of 32 random bytes (openssl rand -base64 32).");
            }
            value = developmentKey;
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(setting + " is not base64", e);
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException(setting + " must be the base64 of " + KEY_BYTES + " bytes, not "
                    + key.length);
        }
        return key;
    }

    /** Base64 of IV followed by ciphertext and tag. */
    public String encrypt(String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed)
                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** The plain text; fails when the text was altered or sealed with another key or purpose. */
    public String decrypt(String stored) {
        try {
            byte[] all = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the stored value cannot be decrypted with the configured key", e);
        }
    }

    /** Hex HMAC-SHA256 of the text under the lookup key: equal values, equal hashes. */
    public String lookupHash(String plain) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(lookupKey);
            return HexFormat.of().formatHex(mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static byte[] hmac(byte[] key, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
