package org.communitypartners.kernel.api.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.junit.jupiter.api.Test;

class PlacePartsTest {
    private static final OrgUnitView GUANGLING = unit(2, "341181001000", OrgLevel.SUBDISTRICT, 1L, "/1/2/");
    private static final OrgUnitView YONGFU = unit(3, "341181001001", OrgLevel.COMMUNITY, 2L, "/1/2/3/");
    private static final OrgUnitView TIANFU = unit(4, "341181001002", OrgLevel.COMMUNITY, 2L, "/1/2/4/");
    private static final OrgUnitView JINYUAN = unit(5, "341181001001001", OrgLevel.COMPOUND, 3L, "/1/2/3/5/");

    @Test
    void aSubdistrictSplitsIntoItsCommunitiesAndCompoundsCountForTheirCommunity() {
        PlaceParts parts = PlaceParts.of(GUANGLING, List.of(GUANGLING, TIANFU, YONGFU, JINYUAN));

        assertEquals(List.of(YONGFU, TIANFU), parts.parts());
        assertEquals(3L, parts.partOf(5).orElseThrow());
        assertEquals(4L, parts.partOf(4).orElseThrow());
        assertEquals(2L, parts.partOf(2).orElseThrow(), "rows on the subdistrict itself stay with it");
        assertEquals(Set.of(2L, 3L, 4L, 5L), parts.unitIds());
    }

    @Test
    void aCompoundHasNoPartsButItself() {
        PlaceParts parts = PlaceParts.of(JINYUAN, List.of(JINYUAN));

        assertTrue(parts.parts().isEmpty());
        assertEquals(5L, parts.partOf(5).orElseThrow());
        assertTrue(parts.partOf(4).isEmpty(), "a unit outside the place has no part");
    }

    private static OrgUnitView unit(long id, String code, OrgLevel level, Long parent, String path) {
        return new OrgUnitView(id, code, code, level, parent, path, null, null, true, 0);
    }
}
