package org.communitypartners.property.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.communitypartners.kernel.api.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExclusiveAreaTest {

    @Test
    void anAreaKeepsExactlyTwoDecimals() {
        assertEquals("89.50", new ExclusiveArea(new BigDecimal("89.5")).squareMetres().toPlainString());
        assertEquals("120.00", new ExclusiveArea(new BigDecimal("120")).squareMetres().toPlainString());
        assertEquals("0.01", new ExclusiveArea(new BigDecimal("0.010")).squareMetres().toPlainString());
        assertEquals(2, new ExclusiveArea(new BigDecimal("99999999.99")).squareMetres().scale());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "-1.00"})
    void zeroOrNegativeAreasAreRefused(String area) {
        assertEquals("area.positive",
                assertThrows(RuleViolation.class, () -> new ExclusiveArea(new BigDecimal(area))).messageKey());
    }

    @Test
    void aThirdDecimalIsRefusedNotRounded() {
        assertEquals("area.decimals",
                assertThrows(RuleViolation.class, () -> new ExclusiveArea(new BigDecimal("89.505"))).messageKey());
    }

    @Test
    void anAreaBeyondDecimalTenTwoIsRefused() {
        assertEquals("area.tooLarge",
                assertThrows(RuleViolation.class, () -> new ExclusiveArea(new BigDecimal("100000000.00"))).messageKey());
        assertThrows(RuleViolation.class, () -> new ExclusiveArea(null));
    }

    @Test
    void ownersSharesAreAboveZeroAtMostAHundredWithTwoDecimals() {
        assertEquals("50.00", UnitOwner.share(new BigDecimal("50")).toPlainString());
        assertEquals("100.00", UnitOwner.share(new BigDecimal("100.00")).toPlainString());
        assertThrows(RuleViolation.class, () -> UnitOwner.share(BigDecimal.ZERO));
        assertThrows(RuleViolation.class, () -> UnitOwner.share(new BigDecimal("100.01")));
        assertThrows(RuleViolation.class, () -> UnitOwner.share(new BigDecimal("33.333")));
    }
}
