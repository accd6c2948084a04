package org.communitypartners.merchants.donations.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.communitypartners.kernel.api.RuleViolation;
import org.junit.jupiter.api.Test;

class PlacementTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final LocalDate PLACED = LocalDate.of(2026, 2, 11);
    private static final Instant AT = Instant.parse("2026-11-28T08:00:00Z");

    private static Placement placement(int quantity, BigDecimal latitude, BigDecimal longitude) {
        return Persisted.withId(new Placement(1, 2, 3, new Placement.Spot(4, "1号楼一单元楼道口", latitude, longitude,
                quantity, PLACED, PLACED.plusYears(2))), 5);
    }

    private static String refusal(Runnable action) {
        return assertThrows(RuleViolation.class, action::run).messageKey();
    }

    @Test
    void noMoreOfAnItemIsPlacedThanWasDonated() {
        DonatedItem twenty = new DonatedItem(1, "干粉灭火器 4kg", 20, "具");
        DonationRules.requireRoom(twenty, List.of(), 20);
        assertEquals("donation.placementTooMany", refusal(() -> DonationRules.requireRoom(twenty, List.of(), 21)));
        assertEquals("donation.placementTooMany", refusal(() -> DonationRules.requireRoom(twenty, List.of(), 0)));
        assertEquals("donation.quantityRange", refusal(() -> new DonatedItem(1, "灭火器", 0, "具")));
    }

    @Test
    void coordinatesAreGivenBothOrNeither() {
        placement(2, new BigDecimal("32.69"), new BigDecimal("118.99"));
        placement(2, null, null);
        assertEquals("donation.coordinatesBoth", refusal(() -> placement(2, new BigDecimal("32.69"), null)));
        assertEquals("geo.range", refusal(() -> placement(2, new BigDecimal("95"), new BigDecimal("118.99"))));
    }

    @Test
    void theLastDayComesAfterThePlacementAndARenewalMovesItLater() {
        assertEquals("donation.expiryBeforePlaced", refusal(() -> new Placement(1, 2, 3, new Placement.Spot(4, "x",
                null, null, 2, PLACED, PLACED))));
        Placement placement = placement(2, null, null);
        assertEquals("donation.renewLater", refusal(() -> placement.renew(PLACED.plusYears(2))));
        placement.renew(PLACED.plusYears(3));
        assertEquals(PLACED.plusYears(3), placement.getExpiresOn());
    }

    @Test
    void anInspectionLiesBetweenPlacementAndTodayAndALateEntryKeepsTheNewerResult() {
        Placement placement = placement(2, null, null);
        assertEquals("donation.inspectionDateRange", refusal(() -> new Inspection(placement, TODAY.plusDays(1), "周红",
                InspectionResult.PASSED, null, TODAY, "yongfu.staff", AT)));
        assertEquals("donation.inspectionDateRange", refusal(() -> new Inspection(placement, PLACED.minusDays(1), "周红",
                InspectionResult.PASSED, null, TODAY, "yongfu.staff", AT)));
        new Inspection(placement, LocalDate.of(2026, 8, 10), "褚经理", InspectionResult.NEEDS_SERVICE, "压力偏低", TODAY,
                "yongfu.staff", AT);
        new Inspection(placement, LocalDate.of(2026, 5, 10), "周红", InspectionResult.PASSED, null, TODAY,
                "yongfu.staff", AT);
        assertEquals(LocalDate.of(2026, 8, 10), placement.getLastInspectedOn());
        assertEquals(InspectionResult.NEEDS_SERVICE, placement.getLastResult());
    }
}
