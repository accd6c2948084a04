package org.communitypartners.kernel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessCodeTest {

    @Test
    void codesAreTenCharactersWithoutLookAlikes() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = AccessCode.next();
            assertEquals(AccessCode.LENGTH, code.length());
            assertTrue(code.chars().noneMatch(c -> "01ILO".indexOf(c) >= 0), code);
            seen.add(code);
        }
        assertEquals(10_000, seen.size(), "no repeats in ten thousand");
    }

    @Test
    void whatResidentsTypeIsNormalised() {
        assertEquals(Optional.of("ABCDE23456"), AccessCode.normalise(" abcde-23456 "));
        assertEquals("ABCDE-23456", AccessCode.display("ABCDE23456"));
    }

    @Test
    void anythingElseIsNotACode() {
        assertEquals(Optional.empty(), AccessCode.normalise(null));
        assertEquals(Optional.empty(), AccessCode.normalise("ABCDE2345"));
        assertEquals(Optional.empty(), AccessCode.normalise("ABCDE234560"));
        assertEquals(Optional.empty(), AccessCode.normalise("ABCDE2345O"), "O is not in the alphabet");
        assertEquals(Optional.empty(), AccessCode.normalise("' OR 1=1 --"));
    }
}
