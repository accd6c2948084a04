package org.communitypartners.partners.open311.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.junit.jupiter.api.Test;

class NearestCommunityTest {

    private static OrgUnitView unit(long id, OrgLevel level, String lat, String lon, boolean active) {
        return new OrgUnitView(id, "code" + id, "unit" + id, level, 1L, "/1/" + id + "/",
                lat == null ? null : new BigDecimal(lat), lon == null ? null : new BigDecimal(lon), active, 0);
    }

    @Test
    void theNearestActiveCommunityWithCoordinatesIsChosen() {
        List<OrgUnitView> units = List.of(
                unit(2, OrgLevel.COMMUNITY, "32.690", "119.010", true),
                unit(3, OrgLevel.COMMUNITY, "32.700", "119.000", true),
                unit(4, OrgLevel.COMMUNITY, "32.7001", "119.0001", false),
                unit(5, OrgLevel.COMMUNITY, null, null, true),
                unit(6, OrgLevel.COMPOUND, "32.7000", "119.0000", true));

        assertEquals(3, NearestCommunity.to(new BigDecimal("32.701"), new BigDecimal("119.001"), units)
                .orElseThrow().id());
    }

    @Test
    void noCommunityWithCoordinatesMeansNoAnswer() {
        assertTrue(NearestCommunity.to(BigDecimal.ONE, BigDecimal.ONE,
                List.of(unit(5, OrgLevel.COMMUNITY, null, null, true))).isEmpty());
    }
}
