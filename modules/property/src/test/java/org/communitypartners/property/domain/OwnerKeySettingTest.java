package org.communitypartners.property.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.communitypartners.kernel.api.FieldCipher;
import org.junit.jupiter.api.Test;

class OwnerKeySettingTest {
    private static final String NUMBER = "341181199001011232";
    private static final byte[] KEY = new byte[32];

    static {
        for (int i = 0; i < 32; i++) {
            KEY[i] = (byte) i;
        }
    }

    @Test
    void numbersStoredBeforeTheCipherMovedToTheKernelStillDecryptAndMatch() {
        FieldCipher cipher = OwnerKeySetting.cipher(KEY);
        assertEquals(NUMBER, cipher.decrypt("TxHfgrrTvqHaxxSGe5rv09BDVXrY9K0ssRLT7M/ibxavkUSvp3L2vfsnYNEWjQ=="));
        assertEquals("72e51f5b11e80c8bad48d846d7a102940531075b2f55d93e63eeae52701dda50", cipher.lookupHash(NUMBER));
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
