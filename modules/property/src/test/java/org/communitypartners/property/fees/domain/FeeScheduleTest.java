package org.communitypartners.property.fees.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.communitypartners.kernel.api.RuleViolation;
import org.junit.jupiter.api.Test;

class FeeScheduleTest {
    private static final FeeRate OLD = rate("1.20", "2024-01-01");
    private static final FeeRate RAISED = rate("1.35", "2026-10-15");
    private static final FeeRate LATER = rate("1.50", "2027-01-01");
    private static final List<FeeRate> HISTORY = List.of(RAISED, OLD, LATER);

    private static FeeRate rate(String amount, String from) {
        return new FeeRate(1, new BigDecimal(amount), LocalDate.parse(from), "t", Instant.EPOCH);
    }

    @Test
    void theLatestRateOnOrBeforeTheDayApplies() {
        assertEquals("1.20", FeeSchedule.rateOn(HISTORY, LocalDate.parse("2026-10-14")).orElseThrow().getAmount()
                .toPlainString());
        assertEquals("1.35", FeeSchedule.rateOn(HISTORY, LocalDate.parse("2026-10-15")).orElseThrow().getAmount()
                .toPlainString());
        assertEquals("1.35", FeeSchedule.rateOn(HISTORY, LocalDate.parse("2026-12-31")).orElseThrow().getAmount()
                .toPlainString());
        assertEquals("1.50", FeeSchedule.rateOn(HISTORY, LocalDate.parse("2027-01-01")).orElseThrow().getAmount()
                .toPlainString());
    }

    @Test
    void beforeTheFirstRateThereIsNone() {
        assertTrue(FeeSchedule.rateOn(HISTORY, LocalDate.parse("2023-12-31")).isEmpty());
        assertTrue(FeeSchedule.rateOn(List.of(), LocalDate.parse("2026-10-01")).isEmpty());
    }

    @Test
    void aPeriodIsPricedByTheRateOnItsFirstDay() {
        // The raise of 15 October applies from the November bills on; October keeps the old rate.
        LocalDate october = new BillingPeriod(YearMonth.of(2026, 10)).firstDay();
        LocalDate november = new BillingPeriod(YearMonth.of(2026, 11)).firstDay();
        assertEquals("1.20", FeeSchedule.rateOn(HISTORY, october).orElseThrow().getAmount().toPlainString());
        assertEquals("1.35", FeeSchedule.rateOn(HISTORY, november).orElseThrow().getAmount().toPlainString());
    }

    @Test
    void theNextAnnouncedRateIsTheFirstAfterTheDay() {
        assertEquals("1.35", FeeSchedule.nextAfter(HISTORY, LocalDate.parse("2026-10-14")).orElseThrow().getAmount()
                .toPlainString());
        assertEquals("1.50", FeeSchedule.nextAfter(HISTORY, LocalDate.parse("2026-10-15")).orElseThrow().getAmount()
                .toPlainString());
        assertTrue(FeeSchedule.nextAfter(HISTORY, LocalDate.parse("2027-01-01")).isEmpty());
    }

    @Test
    void twoRatesOnOneDayAreRefused() {
        assertEquals("fees.rate.sameDay", assertThrows(RuleViolation.class,
                () -> FeeSchedule.requireFreeDay(HISTORY, LocalDate.parse("2026-10-15"))).messageKey());
        assertDoesNotThrow(() -> FeeSchedule.requireFreeDay(HISTORY, LocalDate.parse("2026-10-16")));
    }

    @Test
    void aRateMayNotReachBackIntoABilledPeriod() {
        Optional<BillingPeriod> billed = Optional.of(new BillingPeriod(YearMonth.of(2026, 10)));
        assertEquals("fees.rate.billed", assertThrows(RuleViolation.class,
                () -> FeeSchedule.requireAfterBilled(LocalDate.parse("2026-10-31"), billed)).messageKey());
        assertDoesNotThrow(() -> FeeSchedule.requireAfterBilled(LocalDate.parse("2026-11-01"), billed));
        assertDoesNotThrow(() -> FeeSchedule.requireAfterBilled(LocalDate.parse("2020-01-01"), Optional.empty()));
    }

    @Test
    void ratesArePositiveWithAtMostTwoDecimals() {
        assertEquals("fees.rate.amount", assertThrows(RuleViolation.class, () -> rate("0", "2026-01-01")).messageKey());
        assertEquals("fees.rate.amount",
                assertThrows(RuleViolation.class, () -> rate("1.355", "2026-01-01")).messageKey());
        assertEquals("fees.rate.amount",
                assertThrows(RuleViolation.class, () -> rate("10000.00", "2026-01-01")).messageKey());
        assertEquals("1.30", rate("1.3", "2026-01-01").getAmount().toPlainString());
    }

    @Test
    void periodsAreWrittenYearDashMonthAndBilledAtMostOneMonthAhead() {
        assertEquals("2026-10", BillingPeriod.parse(" 2026-10 ").text());
        assertEquals("fees.period.shape", assertThrows(RuleViolation.class, () -> BillingPeriod.parse("2026-13"))
                .messageKey());
        assertEquals("fees.period.shape", assertThrows(RuleViolation.class, () -> BillingPeriod.parse("2026/10"))
                .messageKey());
        YearMonth now = YearMonth.of(2026, 11);
        assertDoesNotThrow(() -> BillingPeriod.parse("2026-12").billableIn(now));
        assertEquals("fees.period.tooFarAhead", assertThrows(RuleViolation.class,
                () -> BillingPeriod.parse("2027-01").billableIn(now)).messageKey());
        assertEquals(0, BillingPeriod.parse("2026-11").ageInMonths(now));
        assertEquals(13, BillingPeriod.parse("2025-10").ageInMonths(now));
    }
}
