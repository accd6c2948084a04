package org.communitypartners.kernel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @Test
    void mobileNumberIsMaskedInTheMiddle() {
        PhoneNumber phone = new PhoneNumber("13812341234");
        assertTrue(phone.isMobile());
        assertEquals("138****1234", phone.masked());
        assertEquals("138****1234", phone.toString(), "nothing prints the full number by accident");
    }

    @Test
    void landlineKeepsItsAreaCodeAndLastFourDigits() {
        assertEquals("0550-****1234", new PhoneNumber("0550-7021234").masked());
        assertEquals("0550-****1234", new PhoneNumber("05507021234").masked());
        assertFalse(new PhoneNumber("0550-7021234").isMobile());
    }

    @Test
    void spacesAreDroppedWhenStored() {
        assertEquals("13812341234", new PhoneNumber(" 138 1234 1234 ").value());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1381234123", "138123412345", "12812341234", "23812341234", "138-1234-1234x", "0550-12"})
    void anythingElseIsRefused(String value) {
        RuleViolation violation = assertThrows(RuleViolation.class, () -> new PhoneNumber(value));
        assertEquals("phone.invalid", violation.messageKey());
    }
}
