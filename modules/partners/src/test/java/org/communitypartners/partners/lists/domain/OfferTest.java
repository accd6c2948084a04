package org.communitypartners.partners.lists.domain;

import static org.communitypartners.partners.lists.domain.Places.TODAY;
import static org.communitypartners.partners.lists.domain.Places.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.partners.api.ServiceCategory;
import org.junit.jupiter.api.Test;

class OfferTest {

    private static ListedService priced(String price) {
        return new ListedService(1L, "孝亲套餐", ServiceCategory.MEALS, at(1, 2, 3), "每日 11:00–13:00",
                new AvailabilityWindow(TODAY, null), 40, price == null ? null : new BigDecimal(price),
                Set.of(Eligibility.AGED_80_PLUS, Eligibility.ELDERLY_LIVING_ALONE), "staff", Instant.EPOCH);
    }

    private static ListedResource quantity(String quantity) {
        return new ListedResource(1L, ResourceType.SPACE, ServiceCategory.CHILD_CARE, "吾悦广场阅读角",
                quantity == null ? null : new BigDecimal(quantity), "平方米", at(1, 2, 3), new AvailabilityWindow(TODAY, null),
                "staff", Instant.EPOCH);
    }

    private static String refused(Runnable action) {
        return assertThrows(RuleViolation.class, action::run).messageKey();
    }

    @Test
    void aServiceMayBeFreeAndIsPricedInYuanToTheFen() {
        assertEquals(new BigDecimal("0.00"), priced("0").getPrice());
        assertEquals(new BigDecimal("6.00"), priced("6").getPrice());
        assertEquals(new BigDecimal("6.50"), priced("6.500").getPrice(), "trailing zeros are no finer than a fen");
        assertEquals("service.priceInvalid", refused(() -> priced("6.005")));
        assertEquals("service.priceInvalid", refused(() -> priced("-0.01")));
        assertEquals("service.priceInvalid", refused(() -> priced(null)));
    }

    @Test
    void aServiceNamesWhoItIsFreeOrDiscountedFor() {
        assertEquals(Set.of(Eligibility.AGED_80_PLUS, Eligibility.ELDERLY_LIVING_ALONE), priced("6").getBenefitFor());
        ListedService forEveryone = new ListedService(1L, "理发", ServiceCategory.ELDERLY_CARE, at(1, 2, 3), "周一",
                new AvailabilityWindow(TODAY, null), 1, BigDecimal.TEN, null, "staff", Instant.EPOCH);
        assertTrue(forEveryone.getBenefitFor().isEmpty());
    }

    @Test
    void aServiceServesAtLeastOnePerson() {
        assertEquals("service.capacityInvalid", refused(() -> new ListedService(1L, "理发", ServiceCategory.ELDERLY_CARE,
                at(1, 2, 3), "周一", new AvailabilityWindow(TODAY, null), 0, BigDecimal.TEN, null, "staff", Instant.EPOCH)));
        assertEquals("service.scheduleRequired", refused(() -> new ListedService(1L, "理发", ServiceCategory.ELDERLY_CARE,
                at(1, 2, 3), " ", new AvailabilityWindow(TODAY, null), 1, BigDecimal.TEN, null, "staff", Instant.EPOCH)));
    }

    @Test
    void aResourceHasAPositiveQuantityToTheHundredth() {
        assertEquals(new BigDecimal("120.50"), quantity("120.5").getQuantity());
        assertEquals("resource.quantityInvalid", refused(() -> quantity("0")));
        assertEquals("resource.quantityInvalid", refused(() -> quantity("1.001")));
        assertEquals("resource.quantityInvalid", refused(() -> quantity(null)));
    }

    @Test
    void anOfferWithSeveralFaultsIsRefusedForTheFirstInItsFormsOrder() {
        assertEquals("resource.typeRequired", refused(() -> new ListedResource(1L, null, null, " ", null, null, null,
                null, "staff", Instant.EPOCH)));
        assertEquals("resource.quantityUnitRequired", refused(() -> new ListedResource(1L, ResourceType.SPACE,
                ServiceCategory.CHILD_CARE, "阅读角", BigDecimal.ONE, " ", null, null, "staff", Instant.EPOCH)));
        assertEquals("service.nameRequired", refused(() -> new ListedService(1L, " ", null, null, " ", null, null,
                null, null, "staff", Instant.EPOCH)));
        assertEquals("service.scheduleRequired", refused(() -> new ListedService(1L, "理发",
                ServiceCategory.ELDERLY_CARE, at(1, 2, 3), " ", null, 0, null, null, "staff", Instant.EPOCH)));
        assertEquals("offer.availableFromRequired", refused(() -> new ListedService(1L, "理发",
                ServiceCategory.ELDERLY_CARE, at(1, 2, 3), "周一", null, 0, null, null, "staff", Instant.EPOCH)));
    }

    @Test
    void anAvailabilityWindowMayBeOneDayOrOpenEndedButNotBackwards() {
        AvailabilityWindow oneDay = new AvailabilityWindow(TODAY, TODAY);
        assertTrue(oneDay.covers(TODAY));
        assertFalse(oneDay.covers(TODAY.plusDays(1)));
        assertFalse(oneDay.endedBefore(TODAY));
        assertTrue(oneDay.endedBefore(TODAY.plusDays(1)));
        assertTrue(new AvailabilityWindow(TODAY, null).covers(TODAY.plusYears(10)));
        assertFalse(new AvailabilityWindow(TODAY, null).covers(TODAY.minusDays(1)));
        assertEquals("offer.availableToBeforeFrom", refused(() -> new AvailabilityWindow(TODAY, TODAY.minusDays(1))));
        assertEquals("offer.availableFromRequired", refused(() -> new AvailabilityWindow(null, TODAY)));
    }
}
