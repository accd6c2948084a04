package org.communitypartners.property.votes.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FractionTest {

    @Test
    void thresholdsCompareExactlyByCrossMultiplication() {
        assertTrue(Fraction.of(2, 3).atLeast(2, 3));
        assertFalse(Fraction.of(2, 3).moreThan(2, 3));
        assertFalse(Fraction.of(666_666_666_666L, 1_000_000_000_000L).atLeast(2, 3));
        assertTrue(Fraction.of(666_666_666_667L, 1_000_000_000_000L).atLeast(2, 3));
        assertFalse(Fraction.of(1, 2).moreThan(1, 2));
        assertTrue(Fraction.of(3, 4).atLeast(3, 4));
    }

    @Test
    void areasAreComparedInHundredthsWithoutRounding() {
        Fraction ratio = Fraction.ofAreas(new BigDecimal("200.00"), new BigDecimal("300.01"));
        assertEquals("20000/30001", ratio.toString());
        assertFalse(ratio.atLeast(2, 3));
        assertThrows(ArithmeticException.class, () -> Fraction.ofAreas(new BigDecimal("1.005"), BigDecimal.TEN));
    }

    @Test
    void percentagesAreCutNotRoundedSoNoRatioShowsAboveWhatItIs() {
        assertEquals(new BigDecimal("66.66"), Fraction.of(2, 3).percent());
        assertEquals(new BigDecimal("74.99"), Fraction.ofAreas(new BigDecimal("300.00"), new BigDecimal("400.01")).percent());
        assertEquals(new BigDecimal("100.00"), Fraction.of(7, 7).percent());
    }

    @Test
    void aRatioOverNothingMeetsNoThreshold() {
        assertFalse(Fraction.of(0, 0).atLeast(0, 1));
        assertEquals(null, Fraction.of(0, 0).percent());
        assertThrows(IllegalArgumentException.class, () -> Fraction.of(3, 2));
    }
}
