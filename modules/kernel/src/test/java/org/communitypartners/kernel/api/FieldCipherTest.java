package org.communitypartners.kernel.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class FieldCipherTest {
    private static final String NUMBER = "341181199001011232";
    private static final String DEVELOPMENT = Base64.getEncoder().encodeToString(new byte[32]);
    private static final byte[] KEY = new byte[32];
    private static final byte[] OTHER_KEY = new byte[32];

    static {
        for (int i = 0; i < 32; i++) {
            KEY[i] = (byte) i;
            OTHER_KEY[i] = (byte) (100 + i);
        }
    }

    @Test
    void anEncryptedValueDecryptsToItself() {
        FieldCipher cipher = new FieldCipher(KEY, "test-id");
        assertEquals(NUMBER, cipher.decrypt(cipher.encrypt(NUMBER)));
        assertEquals("低保", cipher.decrypt(cipher.encrypt("低保")));
    }

    @Test
    void eachEncryptionUsesAFreshIvSoCiphertextsDiffer() {
        FieldCipher cipher = new FieldCipher(KEY, "test-id");
        String first = cipher.encrypt(NUMBER);
        String second = cipher.encrypt(NUMBER);
        assertNotEquals(first, second);
        assertFalse(first.contains(NUMBER) || new String(Base64.getDecoder().decode(first)).contains("1990"));
        assertTrue(first.length() <= 100, "an ID number fits a 100-character column");
    }

    @Test
    void theLookupHashIsStablePerKeyAndPurposeAndDiffersOtherwise() {
        FieldCipher cipher = new FieldCipher(KEY, "test-id");
        assertEquals(cipher.lookupHash(NUMBER), new FieldCipher(KEY.clone(), "test-id").lookupHash(NUMBER));
        assertNotEquals(cipher.lookupHash(NUMBER), new FieldCipher(OTHER_KEY, "test-id").lookupHash(NUMBER));
        assertNotEquals(cipher.lookupHash(NUMBER), new FieldCipher(KEY, "test-other").lookupHash(NUMBER));
        assertEquals(64, cipher.lookupHash(NUMBER).length());
    }

    @Test
    void anotherKeyAnotherPurposeOrAnAlteredCiphertextIsRefused() {
        String sealed = new FieldCipher(KEY, "test-id").encrypt(NUMBER);
        assertThrows(IllegalStateException.class, () -> new FieldCipher(OTHER_KEY, "test-id").decrypt(sealed));
        assertThrows(IllegalStateException.class, () -> new FieldCipher(KEY, "test-other").decrypt(sealed));
        byte[] bytes = Base64.getDecoder().decode(sealed);
        bytes[bytes.length - 1] ^= 1;
        String altered = Base64.getEncoder().encodeToString(bytes);
        assertThrows(IllegalStateException.class, () -> new FieldCipher(KEY, "test-id").decrypt(altered));
    }

    @Test
    void aKeyOfAnotherLengthIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FieldCipher(new byte[16], "test-id"));
        assertThrows(IllegalArgumentException.class, () -> new FieldCipher(null, "test-id"));
    }

    @Test
    void withoutAKeyOnlyTheEmbeddedDatabaseUsesTheDevelopmentKey() {
        assertArrayEquals(new byte[32], FieldCipher.resolveKey("cp.x", "CP_X", null, null, DEVELOPMENT));
        assertArrayEquals(new byte[32], FieldCipher.resolveKey("cp.x", "CP_X", "", "jdbc:h2:file:./data/cp",
                DEVELOPMENT));
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> FieldCipher.resolveKey("cp.x", "CP_X", " ", "jdbc:mariadb://db/cp", DEVELOPMENT));
        assertTrue(refused.getMessage().contains("cp.x") && refused.getMessage().contains("CP_X"));
    }

    @Test
    void aConfiguredKeyIsUsedOnEveryDatabaseAndMustBe32BytesOfBase64() {
        String configured = Base64.getEncoder().encodeToString(KEY);
        assertArrayEquals(KEY, FieldCipher.resolveKey("cp.x", "CP_X", configured, "jdbc:mariadb://db/cp", DEVELOPMENT));
        assertArrayEquals(KEY, FieldCipher.resolveKey("cp.x", "CP_X", configured, null, DEVELOPMENT));
        assertThrows(IllegalStateException.class, () -> FieldCipher.resolveKey("cp.x", "CP_X",
                Base64.getEncoder().encodeToString(new byte[16]), null, DEVELOPMENT));
        assertThrows(IllegalStateException.class,
                () -> FieldCipher.resolveKey("cp.x", "CP_X", "not base64!", null, DEVELOPMENT));
    }
}
