package org.communitypartners.partners.demo.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.communitypartners.kernel.api.indicators.Quarter;
import org.communitypartners.partners.demo.domain.DemoOrderPlan.Compound;
import org.communitypartners.partners.demo.domain.DemoOrderPlan.PlannedOrder;
import org.communitypartners.partners.demo.domain.DemoOrderPlan.Status;
import org.junit.jupiter.api.Test;

class DemoOrderPlanTest {
    private static final Instant NOW = Instant.parse("2026-11-28T04:00:00Z");
    private static final List<Compound> COMPOUNDS = List.of(new Compound(11, 1, 480, 7), new Compound(12, 2, 360, 8),
            new Compound(13, 3, 520, 9));
    private static final int HOUSEHOLDS = 480 + 360 + 520;

    private final List<PlannedOrder> plan = DemoOrderPlan.plan(COMPOUNDS, NOW, 42);

    @Test
    void complaintsPerHundredHouseholdsFallBySixtyPercentOverTheEightFullQuarters() {
        Quarter last = Quarter.containing(NOW).previous();
        Quarter first = last.lastQuarters(8).get(0);

        double before = complaints(first) * 100.0 / HOUSEHOLDS;
        double after = complaints(last) * 100.0 / HOUSEHOLDS;

        assertEquals(2.5, before, 0.05);
        assertEquals(1.0, after, 0.05);
        assertEquals(-60, (after - before) / before * 100, 3);
    }

    @Test
    void thePlanLiesInThePastAndTheSameSeedGivesTheSameDemo() {
        assertTrue(plan.stream().allMatch(o -> o.submittedAt().isBefore(NOW)));
        assertEquals(plan, DemoOrderPlan.plan(COMPOUNDS, NOW, 42));
    }

    @Test
    void onlyConfirmedOrdersAreRatedAndOnlyResolvedOnesHaveAResolutionTime() {
        assertTrue(plan.stream().filter(o -> o.rating() != null).allMatch(o -> o.status() == Status.CONFIRMED));
        assertTrue(plan.stream().filter(o -> o.resolvedAfter() == null)
                .allMatch(o -> o.status() == Status.DISPATCHED || o.status() == Status.ACCEPTED));
        assertTrue(plan.stream().filter(o -> o.resolvedAfter() != null)
                .allMatch(o -> o.submittedAt().plus(o.resolvedAfter()).isBefore(NOW)));
    }

    @Test
    void moreOrdersAreResolvedOnTimeAsTheYearsGoBy() {
        Quarter last = Quarter.containing(NOW).previous();
        assertTrue(onTimeShare(last) > onTimeShare(last.lastQuarters(8).get(0)) + 0.1);
    }

    private long complaints(Quarter quarter) {
        return plan.stream().filter(PlannedOrder::complaint).filter(o -> Quarter.containing(o.submittedAt()).equals(quarter))
                .count();
    }

    private double onTimeShare(Quarter quarter) {
        List<PlannedOrder> resolved = plan.stream().filter(o -> o.resolvedAfter() != null)
                .filter(o -> Quarter.containing(o.submittedAt()).equals(quarter)).toList();
        return resolved.stream().filter(PlannedOrder::onTime).count() / (double) resolved.size();
    }
}
