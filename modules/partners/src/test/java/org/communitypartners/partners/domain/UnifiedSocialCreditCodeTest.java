package org.communitypartners.partners.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.communitypartners.kernel.api.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L", "91341181MA2T0001XH", "52341181MJB1234563"})
    void codesWithTheRightCheckCharacterAreAccepted(String code) {
        assertEquals(code, new UnifiedSocialCreditCode(code).value());
    }

    @Test
    void lowerCaseAndSurroundingSpacesAreNormalised() {
        assertEquals("91341181MA2T0001XH", new UnifiedSocialCreditCode(" 91341181ma2t0001xh ").value());
    }

    @Test
    void regionIsTheSixDigitDivisionCodeInside() {
        assertEquals("341181", new UnifiedSocialCreditCode("91341181MA2T0001XH").regionCode());
    }

    @ParameterizedTest
    @CsvSource({
        "91341181MA2T0001XA, uscc.check",
        "91341181MA2T0001X, uscc.length",
        "91341181MA2T0001XHH, uscc.length",
        "91341181MA2T0001OH, uscc.character",
        "91341181MA2I0001XH, uscc.character",
        "913411Z1MA2T0001XH, uscc.character",
        "9134118AMA2T0001XH, uscc.region"})
    void wrongCodesAreRefusedWithTheReason(String code, String reason) {
        RuleViolation violation = assertThrows(RuleViolation.class, () -> new UnifiedSocialCreditCode(code));
        assertEquals(reason, violation.messageKey());
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingCodeIsRefused(String code) {
        assertEquals("uscc.length", assertThrows(RuleViolation.class, () -> new UnifiedSocialCreditCode(code)).messageKey());
    }

    @Test
    void everySingleTypingErrorInTheBodyIsCaught() {
        String valid = "91341181MA2T0001XH";
        for (int position = 0; position < 17; position++) {
            char original = valid.charAt(position);
            char replacement = original == '1' ? '2' : '1';
            String typo = valid.substring(0, position) + replacement + valid.substring(position + 1);
            assertThrows(RuleViolation.class, () -> new UnifiedSocialCreditCode(typo), typo);
        }
    }

    @Test
    void checkCharacterIsZeroWhenTheSumIsAMultipleOf31() {
        // 17 zeros sum to 0, so 31 - 0 = 31, which the standard writes as 0.
        assertEquals('0', UnifiedSocialCreditCode.checkCharacter("00000000000000000"));
    }
}
