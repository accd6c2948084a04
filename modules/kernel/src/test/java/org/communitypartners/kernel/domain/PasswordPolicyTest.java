package org.communitypartners.kernel.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {
    private final PasswordPolicy policy = new PasswordPolicy(8, 3);

    @ParameterizedTest
    @ValueSource(strings = {"Abcdefg1", "abcdef1!", "ABCDEF1!", "Abcdefg!", "Abcdef1!"})
    void eightCharactersFromThreeClassesAreAccepted(String password) {
        assertEquals(8, password.length());
        assertEquals(List.of(), policy.violations(password, "zhangsan"));
    }

    @Test
    void sevenCharactersAreTooShortEvenFromAllFourClasses() {
        assertEquals(List.of("password.tooShort"), policy.violations("Abcde1!", "zhangsan"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefgh1", "ABCDEFGH1", "abcdEFGH", "12345678!", "abcdefgh", "!@#$%^&*"})
    void charactersFromFewerThanThreeClassesAreTooSimple(String password) {
        assertEquals(List.of("password.tooSimple"), policy.violations(password, "zhangsan"));
    }

    @ParameterizedTest
    @CsvSource({"Zhang.San1, zhang.san1", "zhang.san1, ZHANG.SAN1", "zhang.san1, zhang.san1"})
    void passwordEqualToTheUsernameIgnoringCaseIsRejected(String password, String username) {
        assertEquals(List.of("password.sameAsUsername"), policy.violations(password, username));
    }

    @Test
    void passwordMerelyContainingTheUsernameIsAccepted() {
        assertEquals(List.of(), policy.violations("Zhang.San1!", "zhang.san1"));
    }

    @Test
    void missingPasswordIsTooShortAndNothingElse() {
        assertEquals(List.of("password.tooShort"), policy.violations(null, "zhangsan"));
    }

    @Test
    void missingUsernameDoesNotStopTheCheck() {
        assertEquals(List.of(), policy.violations("Abcdefg1", null));
    }

    @Test
    void passwordOf128CharactersIsAcceptedAnd129AreTooLong() {
        String max = "Aa1" + "x".repeat(PasswordPolicy.MAX_LENGTH - 3);
        assertEquals(128, max.length());
        assertEquals(List.of(), policy.violations(max, "zhangsan"));
        assertEquals(List.of("password.tooLong"), policy.violations(max + "x", "zhangsan"));
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        assertEquals(List.of("password.tooShort", "password.tooSimple", "password.sameAsUsername"),
                policy.violations("abc", "ABC"));
    }

    @Test
    void chineseCharactersCountAsTheOtherClass() {
        assertEquals(1, PasswordPolicy.classesIn("社区密码"));
        assertEquals(1, PasswordPolicy.classesIn("密码!"));
        assertEquals(List.of(), policy.violations("Abcdefg密", "zhangsan"));
        assertEquals(List.of("password.tooSimple"), policy.violations("abcdefg密", "zhangsan"));
    }

    @Test
    void classesAreCountedOncePerKind() {
        assertEquals(4, PasswordPolicy.classesIn("aA1!"));
        assertEquals(2, PasswordPolicy.classesIn("aaaa1111"));
        assertEquals(0, PasswordPolicy.classesIn(""));
    }

    @ParameterizedTest
    @CsvSource({"0, 3", "8, 0", "8, 5"})
    void impossiblePolicyIsRefused(int minLength, int minClasses) {
        assertThrows(IllegalArgumentException.class, () -> new PasswordPolicy(minLength, minClasses));
    }
}
