package org.communitypartners.partners.orders.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrackingCodeTest {

    @Test
    void codesAreTenCharactersWithoutLookAlikes() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = TrackingCode.next();
            assertEquals(TrackingCode.LENGTH, code.length());
            assertTrue(code.chars().noneMatch(c -> "01ILO".indexOf(c) >= 0), code);
            seen.add(code);
        }
        assertEquals(10_000, seen.size(), "no repeats in ten thousand");
    }

    @Test
    void whatResidentsTypeIsNormalised() {
        assertEquals(Optional.of("ABCDE23456"), TrackingCode.normalise(" abcde-23456 "));
        assertEquals("ABCDE-23456", TrackingCode.display("ABCDE23456"));
    }

    @Test
    void anythingElseIsNotACode() {
        assertEquals(Optional.empty(), TrackingCode.normalise(null));
        assertEquals(Optional.empty(), TrackingCode.normalise("ABCDE2345"));
        assertEquals(Optional.empty(), TrackingCode.normalise("ABCDE234560"));
        assertEquals(Optional.empty(), TrackingCode.normalise("ABCDE2345O"), "O is not in the alphabet");
        assertEquals(Optional.empty(), TrackingCode.normalise("' OR 1=1 --"));
    }
}
