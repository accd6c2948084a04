package org.communitypartners.partners.orders.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DispatchRulesTest {
    private static final long COMMUNITY = 2;
    private static final long COMPOUND = 3;
    private static final Place AT_COMPOUND = new Place(1, COMMUNITY, COMPOUND, null, null, null);

    private static DispatchRule rule(String category, long unit, long partner) {
        return new DispatchRule(category, unit, partner, "admin", Instant.EPOCH);
    }

    @Test
    void theCompoundsOwnRuleBeatsItsCommunitys() {
        List<DispatchRule> rules = List.of(rule("ELEVATOR", COMMUNITY, 10), rule("ELEVATOR", COMPOUND, 20));

        assertEquals(20, DispatchRules.choose(rules, "ELEVATOR", AT_COMPOUND).orElseThrow().getPartnerId());
    }

    @Test
    void theCommunitysRuleCoversCompoundsWithoutTheirOwn() {
        List<DispatchRule> rules = List.of(rule("ELEVATOR", COMMUNITY, 10), rule("NOISE", COMPOUND, 20));

        assertEquals(10, DispatchRules.choose(rules, "ELEVATOR", AT_COMPOUND).orElseThrow().getPartnerId());
        assertEquals(10, DispatchRules.choose(rules, "ELEVATOR", new Place(1, COMMUNITY, null, null, null, null))
                .orElseThrow().getPartnerId());
    }

    @Test
    void noRuleForTheCategoryOrPlaceMeansStaffDispatch() {
        List<DispatchRule> rules = List.of(rule("NOISE", COMPOUND, 20), rule("ELEVATOR", 99, 30));

        assertTrue(DispatchRules.choose(rules, "ELEVATOR", AT_COMPOUND).isEmpty());
        assertTrue(DispatchRules.choose(List.of(), "ELEVATOR", AT_COMPOUND).isEmpty());
    }
}
