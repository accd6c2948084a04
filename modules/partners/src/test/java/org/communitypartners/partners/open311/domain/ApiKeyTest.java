package org.communitypartners.partners.open311.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApiKeyTest {

    @Test
    void keysAreRandomPrefixedAndHashedWithSha256() {
        ApiKey one = ApiKey.next();
        ApiKey two = ApiKey.next();

        assertNotEquals(one, two);
        assertTrue(one.value().matches("o311_[A-Za-z0-9_-]{32}"), one.value());
        assertEquals(one.value().substring(0, 9), one.shown());
        assertEquals("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", ApiKey.hash("test"));
        assertEquals(64, one.hash().length());
    }
}
