package org.communitypartners.merchants.eligibility.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BenefitCodeTest {
    private static final Instant ISSUED = Instant.parse("2026-11-20T02:00:00Z");

    @Test
    void aCodeWorksUntilJustBeforeItsExpiry() {
        BenefitCode code = new BenefitCode(1, 2, "012345", "tianfu.staff", ISSUED);
        assertEquals(ISSUED.plus(EligibilityRules.CODE_VALIDITY), code.getExpiresAt());
        assertTrue(code.usableAt(ISSUED));
        assertTrue(code.usableAt(code.getExpiresAt().minusMillis(1)));
        assertFalse(code.usableAt(code.getExpiresAt()));
        assertThrows(IllegalStateException.class, () -> code.consume(code.getExpiresAt()));
        assertEquals(null, code.getConsumedAt());
    }

    @Test
    void aUsedCodeCannotBeUsedAgain() {
        BenefitCode code = new BenefitCode(1, 2, "987654", "public", ISSUED);
        code.consume(ISSUED.plusSeconds(60));
        assertEquals(ISSUED.plusSeconds(60), code.getConsumedAt());
        assertFalse(code.usableAt(ISSUED.plusSeconds(61)));
        assertThrows(IllegalStateException.class, () -> code.consume(ISSUED.plusSeconds(61)));
    }

    @Test
    void codesAreSixDigitsAndSpreadOverTheWholeRange() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String digits = BenefitCode.randomDigits();
            assertTrue(BenefitCode.isWellFormed(digits), digits);
            seen.add(digits);
        }
        assertTrue(seen.size() > 1_990, "2,000 draws from a million repeat a handful at most");
    }

    @Test
    void anythingButSixDigitsIsNotACode() {
        assertFalse(BenefitCode.isWellFormed("12345"));
        assertFalse(BenefitCode.isWellFormed("1234567"));
        assertFalse(BenefitCode.isWellFormed("12a456"));
        assertFalse(BenefitCode.isWellFormed(null));
        assertThrows(IllegalArgumentException.class, () -> new BenefitCode(1, 2, "12 456", "x", ISSUED));
    }
}
