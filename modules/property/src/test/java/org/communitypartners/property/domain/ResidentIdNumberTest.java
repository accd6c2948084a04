package org.communitypartners.property.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.communitypartners.kernel.api.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTest {
    /** The worked example of GB 11643-1999 and two numbers with the check characters 0 and 2. */
    private static final String[] VALID = {"11010519491231002X", "320102198511030420", "341181199001011232"};

    @Test
    void validNumbersAreAccepted() {
        for (String number : VALID) {
            assertEquals(number, new ResidentIdNumber(number).value());
        }
    }

    @Test
    void aLowerCaseXIsTheSameCheckCharacter() {
        assertEquals("11010519491231002X", new ResidentIdNumber(" 11010519491231002x ").value());
    }

    @Test
    void theCheckCharacterFollowsIso7064Mod112() {
        assertEquals('X', ResidentIdNumber.checkCharacter("11010519491231002"));
        assertEquals('0', ResidentIdNumber.checkCharacter("32010219851103042"));
        assertEquals('2', ResidentIdNumber.checkCharacter("34118119900101123"));
    }

    @Test
    void everySingleCharacterTypoIsRefused() {
        String alphabet = "0123456789X";
        int refused = 0;
        for (String number : VALID) {
            for (int i = 0; i < number.length(); i++) {
                for (char c : alphabet.toCharArray()) {
                    if (c == number.charAt(i)) {
                        continue;
                    }
                    String typo = number.substring(0, i) + c + number.substring(i + 1);
                    assertThrows(RuleViolation.class, () -> new ResidentIdNumber(typo), typo);
                    refused++;
                }
            }
        }
        assertEquals(3 * 18 * 10, refused);
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105194902300011", "110105194913010011", "110105190001000011", "110105209901010011"})
    void impossibleOrFutureBirthDatesAreRefused(String body) {
        String number = body.substring(0, 17) + ResidentIdNumber.checkCharacter(body.substring(0, 17));
        RuleViolation violation = assertThrows(RuleViolation.class, () -> new ResidentIdNumber(number));
        assertEquals("idNumber.birthDate", violation.messageKey());
    }

    @Test
    void aLeapDayIsABirthDateOnlyInALeapYear() {
        String leap = "34118120000229123";
        new ResidentIdNumber(leap + ResidentIdNumber.checkCharacter(leap));
        String notLeap = "34118119000229123";
        assertThrows(RuleViolation.class, () -> new ResidentIdNumber(notLeap + ResidentIdNumber.checkCharacter(notLeap)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "11010519491231002", "11010519491231002XX", "X1010519491231002X", "1101051949123100X2",
            "010105194912310021"})
    void wrongShapesAreRefused(String number) {
        RuleViolation violation = assertThrows(RuleViolation.class, () -> new ResidentIdNumber(number));
        assertEquals("idNumber.shape", violation.messageKey());
    }

    @Test
    void theMaskShowsTheFirstThreeAndLastFourCharacters() {
        assertEquals("341***********1232", new ResidentIdNumber("341181199001011232").masked());
        assertEquals("110***********002X", new ResidentIdNumber("11010519491231002X").toString());
    }
}
