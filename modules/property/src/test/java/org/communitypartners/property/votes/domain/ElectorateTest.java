package org.communitypartners.property.votes.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.communitypartners.property.votes.domain.Electorate.RegisterUnit;
import org.communitypartners.property.votes.domain.Electorate.Seat;
import org.junit.jupiter.api.Test;

class ElectorateTest {

    private static RegisterUnit unit(long id, String area, boolean developer, String... owners) {
        return new RegisterUnit(id, 1, "1", String.valueOf(id), new BigDecimal(area), Set.of(owners), developer);
    }

    private static Map<Long, String> heads(List<RegisterUnit> units) {
        return Electorate.snapshot(units).stream().collect(Collectors.toMap(s -> s.unit().unitId(), Seat::headKey));
    }

    @Test
    void unitsOfOneOwnerShareAHeadAndEveryOtherUnitIsItsOwn() {
        Map<Long, String> heads = heads(List.of(unit(1, "90.00", false, "aaa"), unit(2, "60.00", false, "aaa"),
                unit(3, "100.00", false, "bbb"), unit(4, "80.00", false)));
        assertEquals(heads.get(1L), heads.get(2L));
        assertNotEquals(heads.get(1L), heads.get(3L));
        assertEquals("UNIT:4", heads.get(4L), "a unit with no owner registered still counts as one");
        assertEquals(3, heads.values().stream().distinct().count());
    }

    @Test
    void coOwnersLinkTheirUnitsIntoOneHeadWhateverTheOrder() {
        List<RegisterUnit> units = new ArrayList<>(List.of(unit(1, "90.00", false, "ccc", "bbb"),
                unit(2, "60.00", false, "bbb"), unit(3, "70.00", false, "ddd", "ccc"), unit(4, "50.00", false, "eee")));
        Map<Long, String> heads = heads(units);
        assertEquals(Set.of("OWNER:bbb", "OWNER:eee"), Set.copyOf(heads.values()));
        Collections.reverse(units);
        assertEquals(heads, heads(units), "the head keys do not depend on the order units are read in");
    }

    @Test
    void theDevelopersUnitsAreOneHeadEvenWhereOwnersAreListed() {
        Map<Long, String> heads = heads(List.of(unit(1, "90.00", true), unit(2, "60.00", true, "aaa"),
                unit(3, "100.00", false, "aaa"), unit(4, "120.00", true)));
        assertEquals(Electorate.DEVELOPER, heads.get(1L));
        assertEquals(Electorate.DEVELOPER, heads.get(2L));
        assertEquals(Electorate.DEVELOPER, heads.get(4L));
        assertEquals("OWNER:aaa", heads.get(3L), "the buyer's own unit is theirs, not the developer's");
    }

    @Test
    void theSnapshotKeepsTheAreaItWasTakenWith() {
        Seat seat = Electorate.snapshot(List.of(unit(7, "88.80", false, "aaa"))).get(0);
        Elector elector = new Elector(42, seat);
        assertEquals(new BigDecimal("88.80"), elector.getArea());
        assertEquals("OWNER:aaa", elector.getHeadKey());
        assertEquals(new Tally.Counted("1", new BigDecimal("88.80"), "OWNER:aaa", null), elector.counted());
    }
}
