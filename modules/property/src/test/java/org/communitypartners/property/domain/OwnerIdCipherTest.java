package org.communitypartners.property.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class OwnerIdCipherTest {
    private static final String NUMBER = "341181199001011232";
    private static final byte[] KEY = new byte[32];
    private static final byte[] OTHER_KEY = new byte[32];

    static {
        for (int i = 0; i < 32; i++) {
            KEY[i] = (byte) i;
            OTHER_KEY[i] = (byte) (100 + i);
        }
    }

    @Test
    void anEncryptedNumberDecryptsToItself() {
        OwnerIdCipher cipher = new OwnerIdCipher(KEY);
        assertEquals(NUMBER, cipher.decrypt(cipher.encrypt(NUMBER)));
    }

    @Test
    void eachEncryptionUsesAFreshIvSoCiphertextsDiffer() {
        OwnerIdCipher cipher = new OwnerIdCipher(KEY);
        String first = cipher.encrypt(NUMBER);
        String second = cipher.encrypt(NUMBER);
        assertNotEquals(first, second);
        assertFalse(first.contains(NUMBER) || new String(Base64.getDecoder().decode(first)).contains("1990"));
        assertTrue(first.length() <= 100, "fits the column");
    }

    @Test
    void theLookupHashIsStablePerKeyAndDiffersBetweenKeys() {
        OwnerIdCipher cipher = new OwnerIdCipher(KEY);
        assertEquals(cipher.lookupHash(NUMBER), new OwnerIdCipher(KEY.clone()).lookupHash(NUMBER));
        assertNotEquals(cipher.lookupHash(NUMBER), new OwnerIdCipher(OTHER_KEY).lookupHash(NUMBER));
        assertEquals(64, cipher.lookupHash(NUMBER).length());
    }

    @Test
    void anotherKeyOrAnAlteredCiphertextIsRefused() {
        String sealed = new OwnerIdCipher(KEY).encrypt(NUMBER);
        assertThrows(IllegalStateException.class, () -> new OwnerIdCipher(OTHER_KEY).decrypt(sealed));
        byte[] bytes = Base64.getDecoder().decode(sealed);
        bytes[bytes.length - 1] ^= 1;
        String altered = Base64.getEncoder().encodeToString(bytes);
        assertThrows(IllegalStateException.class, () -> new OwnerIdCipher(KEY).decrypt(altered));
    }

    @Test
    void withoutAKeyTheEmbeddedDatabaseUsesTheDevelopmentKey() {
        byte[] development = Base64.getDecoder().decode(OwnerKeySetting.DEVELOPMENT_KEY);
        assertArrayEquals(development, OwnerKeySetting.resolve(null, null));
        assertArrayEquals(development, OwnerKeySetting.resolve("", "jdbc:h2:file:./data/community-partners"));
    }

    @Test
    void withoutAKeyMariaDbRefusesToStart() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> OwnerKeySetting.resolve(null, "jdbc:mariadb://127.0.0.1:3306/cp"));
        assertTrue(refused.getMessage().contains("cp.crypto.owner-key"));
        assertThrows(IllegalStateException.class, () -> OwnerKeySetting.resolve(" ", "jdbc:mariadb://db/cp"));
    }

    @Test
    void aConfiguredKeyIsUsedOnEveryDatabaseAndMustBe32Bytes() {
        String configured = Base64.getEncoder().encodeToString(KEY);
        assertArrayEquals(KEY, OwnerKeySetting.resolve(configured, "jdbc:mariadb://db/cp"));
        assertArrayEquals(KEY, OwnerKeySetting.resolve(configured, null));
        assertThrows(IllegalStateException.class,
                () -> OwnerKeySetting.resolve(Base64.getEncoder().encodeToString(new byte[16]), "jdbc:mariadb://db/cp"));
        assertThrows(IllegalStateException.class, () -> OwnerKeySetting.resolve("not base64!", null));
    }
}
