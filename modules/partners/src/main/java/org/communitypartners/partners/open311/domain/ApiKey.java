package org.communitypartners.partners.open311.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * An Open311 client's key: "o311_" and 32 random URL-safe characters (192 bits). Only its
 * SHA-256 hash is stored; a key this random needs no salt or slow hash, and a hash lets a
 * request find its client with one indexed lookup.
 */
public record ApiKey(String value) {
    public static final String PREFIX = "o311_";
    /** How much of a key the list shows, so an administrator can tell keys apart. */
    public static final int SHOWN_LENGTH = 9;
    private static final int RANDOM_BYTES = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    public static ApiKey next() {
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        return new ApiKey(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    }

    /** The stored form: lower-case hex SHA-256 of the key as sent. */
    public static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public String hash() {
        return hash(value);
    }

    public String shown() {
        return value.substring(0, SHOWN_LENGTH);
    }
}
