package org.communitypartners.kernel.api.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.junit.jupiter.api.Test;

class SummaryTreeTest {
    private static final Quarter Q = new Quarter(2026, 2);
    private static final OrgUnitView CITY = unit(1, OrgLevel.CITY, null, "/1/");
    private static final OrgUnitView GUANGLING = unit(2, OrgLevel.SUBDISTRICT, 1L, "/1/2/");
    private static final OrgUnitView QIANQIU = unit(6, OrgLevel.SUBDISTRICT, 1L, "/1/6/");
    private static final OrgUnitView YONGFU = unit(3, OrgLevel.COMMUNITY, 2L, "/1/2/3/");
    private static final OrgUnitView TIANFU = unit(4, OrgLevel.COMMUNITY, 2L, "/1/2/4/");
    private static final OrgUnitView JINYUAN = unit(5, OrgLevel.COMPOUND, 3L, "/1/2/3/5/");
    private static final List<OrgUnitView> TREE = List.of(CITY, GUANGLING, QIANQIU, YONGFU, TIANFU, JINYUAN);
    /** One row on every unit: the city, both subdistricts, a community with and one without compounds, a compound. */
    private static final Map<Long, Long> ROWS = Map.of(1L, 1L, 2L, 10L, 6L, 100L, 3L, 1_000L, 4L, 10_000L,
            5L, 100_000L);

    @Test
    void everyPlaceWithPartsIsMeasuredAndSoIsTheTop() {
        List<OrgUnitView> measured = SummaryTree.of(TREE).measuredPlaces();

        assertEquals(List.of(1L, 2L, 3L), measured.stream().map(OrgUnitView::id).toList(),
                "a subdistrict and a community without parts are counted from above");
        assertEquals(List.of(5L), SummaryTree.of(List.of(JINYUAN)).measuredPlaces().stream().map(OrgUnitView::id)
                .toList(), "a lone unit is measured itself");
    }

    @Test
    void eachRowIsKeptOnceAtTheFinestUnitTheSourceNames() {
        SummaryTree tree = SummaryTree.of(TREE);
        List<Measurement> kept = new ArrayList<>();
        for (OrgUnitView place : tree.measuredPlaces()) {
            kept.addAll(tree.finest(place, measure(place)));
        }

        Map<Long, Long> byUnit = kept.stream().collect(Collectors.groupingBy(Measurement::partId, TreeMap::new,
                Collectors.summingLong(m -> m.figure().numerator().longValue())));
        assertEquals(new TreeMap<>(ROWS), byUnit);
    }

    /** What a source does: the rows at or below the place, attributed to its parts (or itself). */
    private static List<Measurement> measure(OrgUnitView place) {
        List<OrgUnitView> subtree = TREE.stream().filter(u -> u.path().startsWith(place.path())).toList();
        PlaceParts parts = PlaceParts.of(place, subtree);
        Map<Long, Long> byPart = new TreeMap<>();
        ROWS.forEach((unit, count) -> parts.partOf(unit).ifPresent(part -> byPart.merge(part, count, Long::sum)));
        return byPart.entrySet().stream().map(e -> Measurement.of("orders.received", Q, e.getKey(),
                Figure.count(e.getValue()))).toList();
    }

    private static OrgUnitView unit(long id, OrgLevel level, Long parent, String path) {
        return new OrgUnitView(id, "34118100" + id, "unit " + id, level, parent, path, null, null, true, 0);
    }
}
