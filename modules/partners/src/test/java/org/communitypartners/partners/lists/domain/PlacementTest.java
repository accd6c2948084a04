package org.communitypartners.partners.lists.domain;

import static org.communitypartners.partners.lists.domain.Places.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.RuleViolation;
import org.junit.jupiter.api.Test;

class PlacementTest {
    private static final Set<OrgLevel> COMMUNITY_OR_COMPOUND = EnumSet.of(OrgLevel.COMMUNITY, OrgLevel.COMPOUND);

    @Test
    void aCompoundKnowsItsCommunityAndSubdistrict() {
        Placement place = Placement.at(line(1, 2, 3, 5), COMMUNITY_OR_COMPOUND, null, null);

        assertEquals(5, place.getUnitId());
        assertEquals("/1/2/3/5/", place.getUnitPath());
        assertEquals(2, place.getSubdistrictId());
        assertEquals(3L, place.getCommunityId());
        assertEquals(5L, place.getCompoundId());
    }

    @Test
    void aCommunityHasNoCompound() {
        Placement place = Placement.at(line(1, 2, 3), COMMUNITY_OR_COMPOUND, null, null);

        assertEquals(3L, place.getCommunityId());
        assertNull(place.getCompoundId());
    }

    @Test
    void onlyTheAllowedLevelsArePlaces() {
        assertEquals("place.level", assertThrows(RuleViolation.class,
                () -> Placement.at(line(1, 2), COMMUNITY_OR_COMPOUND, null, null)).messageKey());
        assertEquals("place.level", assertThrows(RuleViolation.class,
                () -> Placement.at(line(1), EnumSet.allOf(OrgLevel.class), null, null)).messageKey(),
                "a city is above every subdistrict");
        assertEquals("place.level", assertThrows(RuleViolation.class,
                () -> Placement.at(List.of(), COMMUNITY_OR_COMPOUND, null, null)).messageKey());
    }

    @Test
    void coordinatesComeInPairsWithinTheirRanges() {
        Placement.at(line(1, 2, 3), COMMUNITY_OR_COMPOUND, new BigDecimal("90"), new BigDecimal("-180"));
        for (BigDecimal[] wrong : new BigDecimal[][]{{new BigDecimal("32.7"), null}, {null, new BigDecimal("119")},
                {new BigDecimal("90.000001"), new BigDecimal("119")}, {new BigDecimal("32.7"), new BigDecimal("180.5")}}) {
            assertEquals("place.coordinates", assertThrows(RuleViolation.class,
                    () -> Placement.at(line(1, 2, 3), COMMUNITY_OR_COMPOUND, wrong[0], wrong[1])).messageKey());
        }
    }

    @Test
    void withoutCoordinatesOfItsOwnAPlaceTakesItsUnits() {
        List<OrgUnitView> line = new java.util.ArrayList<>(line(1, 2));
        line.add(new OrgUnitView(3, "341181001003", "天一社区", OrgLevel.COMMUNITY, 2L, "/1/2/3/",
                new BigDecimal("32.690000"), new BigDecimal("119.010000"), true, 0));

        Placement place = Placement.at(line, COMMUNITY_OR_COMPOUND, null, null);
        Placement own = Placement.at(line, COMMUNITY_OR_COMPOUND, new BigDecimal("32.700000"), new BigDecimal("119.010000"));

        assertEquals(new BigDecimal("32.690000"), place.getLatitude());
        assertEquals(1112, place.metresTo(own), 1);
    }
}
