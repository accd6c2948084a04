package org.communitypartners.app.dashboard.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.indicators.Figure;
import org.communitypartners.kernel.api.indicators.FigureUnit;
import org.communitypartners.kernel.api.indicators.IndicatorDefinition;
import org.communitypartners.kernel.api.indicators.FigureRows;
import org.communitypartners.kernel.api.indicators.IndicatorSource;
import org.communitypartners.kernel.api.indicators.IndicatorSummary;
import org.communitypartners.kernel.api.indicators.Measurement;
import org.communitypartners.kernel.api.indicators.PlaceParts;
import org.communitypartners.kernel.api.indicators.Quarter;
import org.communitypartners.kernel.api.indicators.SummaryTree;
import org.junit.jupiter.api.Test;

/**
 * A city of two subdistricts whose rows lie on compounds, on a community without compounds, on a
 * community directly, on a subdistrict and on the city: the figures read from a summary the job's
 * way must be the figures a source counts from the rows.
 */
class SummaryOrRowsTest {
    private static final Quarter NOW = new Quarter(2026, 4);
    private static final List<Quarter> TREND = NOW.previous().lastQuarters(8);
    private static final OrgUnitView CITY = unit(1, OrgLevel.CITY, null, "/1/");
    private static final OrgUnitView GUANGLING = unit(2, OrgLevel.SUBDISTRICT, 1L, "/1/2/");
    private static final OrgUnitView QIANQIU = unit(6, OrgLevel.SUBDISTRICT, 1L, "/1/6/");
    private static final OrgUnitView YONGFU = unit(3, OrgLevel.COMMUNITY, 2L, "/1/2/3/");
    private static final OrgUnitView TIANFU = unit(4, OrgLevel.COMMUNITY, 2L, "/1/2/4/");
    private static final OrgUnitView JINYUAN = unit(5, OrgLevel.COMPOUND, 3L, "/1/2/3/5/");
    private static final OrgUnitView YIMIN = unit(7, OrgLevel.COMPOUND, 3L, "/1/2/3/7/");
    private static final List<OrgUnitView> TREE = List.of(CITY, GUANGLING, QIANQIU, YONGFU, TIANFU, JINYUAN, YIMIN);
    private static final Map<String, FigureUnit> UNITS = new LinkedHashMap<>();

    static {
        UNITS.put("orders.received", FigureUnit.COUNT);
        UNITS.put("orders.onTime", FigureUnit.PERCENT);
        UNITS.put("orders.byCategory", FigureUnit.COUNT);
    }

    private final Rows source = new Rows();
    private final StoredSummary summary = new StoredSummary();

    @Test
    void everyQuarterReadFromTheSummaryEqualsTheRowsCountedLive() {
        source.fill(TREND);
        TREND.forEach(q -> summary.take(q, source, Instant.parse("2026-10-02T18:50:00Z")));

        for (OrgUnitView place : List.of(CITY, GUANGLING, YONGFU, JINYUAN, QIANQIU)) {
            int asked = source.asked;
            SummaryOrRows.Gathered gathered = new SummaryOrRows(summary, NOW, false).measure(source, parts(place), TREND);

            assertEquals(asked, source.asked, "nothing counted from the rows for " + place.name());
            assertSameFigures(place, source.measure(place, TREND.get(0), TREND.get(7)), gathered.measurements());
            assertEquals(Instant.parse("2026-10-02T18:50:00Z"), gathered.summarizedAt());
        }
    }

    @Test
    void quartersTheSummaryLacksAreCountedFromTheRowsInOneRequestPerRun() {
        source.fill(TREND);
        summary.take(TREND.get(2), source, Instant.parse("2026-01-02T18:50:00Z"));
        summary.take(TREND.get(3), source, Instant.parse("2026-04-02T18:50:00Z"));
        summary.take(TREND.get(6), source, Instant.parse("2026-10-02T18:50:00Z"));

        SummaryOrRows.Gathered gathered = new SummaryOrRows(summary, NOW, false).measure(source, parts(CITY), TREND);

        assertEquals(List.of(List.of(TREND.get(0), TREND.get(1)), List.of(TREND.get(4), TREND.get(5)),
                List.of(TREND.get(7))), source.requests);
        assertSameFigures(CITY, source.measure(CITY, TREND.get(0), TREND.get(7)), gathered.measurements());
        assertEquals(Instant.parse("2026-01-02T18:50:00Z"), gathered.summarizedAt(), "as of its oldest part");
    }

    @Test
    void withNoSummaryEverythingIsCountedFromTheRows() {
        source.fill(TREND);

        SummaryOrRows.Gathered gathered = new SummaryOrRows(summary, NOW, false).measure(source, parts(GUANGLING), TREND);

        assertEquals(List.of(TREND), source.requests);
        assertNull(gathered.summarizedAt());
        assertSameFigures(GUANGLING, source.measure(GUANGLING, TREND.get(0), TREND.get(7)), gathered.measurements());
    }

    @Test
    void theQuarterUnderWayIsCountedFromTheRowsUnlessTheSummaryServesIt() {
        List<Quarter> upToNow = NOW.lastQuarters(8);
        source.fill(upToNow);
        upToNow.forEach(q -> summary.take(q, source, Instant.parse("2026-11-01T18:50:00Z")));
        source.add(JINYUAN, NOW, "LIFT", true);

        SummaryOrRows.Gathered gathered = new SummaryOrRows(summary, NOW, false).measure(source, parts(CITY), upToNow);

        assertEquals(List.of(List.of(NOW)), source.requests);
        assertFalse(gathered.underWaySummarized());
        assertSameFigures(CITY, source.measure(CITY, upToNow.get(0), NOW), gathered.measurements());
    }

    @Test
    void aCitysQuarterUnderWayIsReadFromTheSummaryWhenItHoldsIt() {
        List<Quarter> upToNow = NOW.lastQuarters(8);
        source.fill(upToNow);
        upToNow.forEach(q -> summary.take(q, source, Instant.parse("2026-11-01T18:50:00Z")));

        SummaryOrRows.Gathered gathered = new SummaryOrRows(summary, NOW, true).measure(source, parts(CITY), upToNow);

        assertEquals(List.of(), source.requests);
        assertTrue(gathered.underWaySummarized());
        assertSameFigures(CITY, source.measure(CITY, upToNow.get(0), NOW), gathered.measurements());
    }

    @Test
    void aCitysQuarterUnderWayIsCountedFromTheRowsUntilTheSummaryHoldsIt() {
        List<Quarter> upToNow = NOW.lastQuarters(8);
        source.fill(upToNow);
        TREND.forEach(q -> summary.take(q, source, Instant.parse("2026-11-01T18:50:00Z")));

        SummaryOrRows.Gathered gathered = new SummaryOrRows(summary, NOW, true).measure(source, parts(CITY), upToNow);

        assertEquals(List.of(List.of(NOW)), source.requests);
        assertFalse(gathered.underWaySummarized());
        assertSameFigures(CITY, source.measure(CITY, upToNow.get(0), NOW), gathered.measurements());
    }

    @Test
    void aSummaryInAnotherUnitOrMissingAnIndicatorIsNotRead() {
        source.fill(TREND);
        TREND.forEach(q -> summary.take(q, source, Instant.parse("2026-10-02T18:50:00Z")));
        summary.unitsHeld.put("orders.onTime", FigureUnit.MEAN_SCORE);

        SummaryOrRows.Gathered gathered = new SummaryOrRows(summary, NOW, false).measure(source, parts(CITY), TREND);

        assertEquals(List.of(TREND), source.requests);
        assertNull(gathered.summarizedAt());
    }

    @Test
    void storedUnitsRollUpIntoThePartTheyLieInAndOthersAreLeftOut() {
        Quarter q = TREND.get(7);
        List<Measurement> stored = List.of(Measurement.of("orders.received", q, 5, Figure.count(2)),
                Measurement.of("orders.received", q, 7, Figure.count(3)),
                Measurement.of("orders.received", q, 4, Figure.count(5)),
                Measurement.of("orders.received", q, 2, Figure.count(7)),
                Measurement.of("orders.received", q, 6, Figure.count(11)));

        FigureBook book = new FigureBook(UNITS, SummaryOrRows.rolledUp(parts(GUANGLING), stored));

        assertEquals(5, book.part("orders.received", q, 3).numerator().intValue(), "both compounds of 永福");
        assertEquals(5, book.part("orders.received", q, 4).numerator().intValue());
        assertEquals(7, book.part("orders.received", q, 2).numerator().intValue(), "rows on the subdistrict itself");
        assertEquals(17, book.total("orders.received", q).numerator().intValue(), "千秋 is not in 广陵");
    }

    private static void assertSameFigures(OrgUnitView place, List<Measurement> live, List<Measurement> read) {
        FigureBook expected = new FigureBook(UNITS, live);
        FigureBook actual = new FigureBook(UNITS, read);
        List<Long> partIds = new ArrayList<>(parts(place).parts().stream().map(OrgUnitView::id).toList());
        partIds.add(place.id());
        assertTrue(expected.total("orders.received", TREND.get(7)).numerator().signum() > 0, "rows to compare");
        for (Quarter q : TREND) {
            for (String key : UNITS.keySet()) {
                assertEquals(expected.total(key, q), actual.total(key, q), key + " " + q + " " + place.name());
                for (long part : partIds) {
                    assertEquals(expected.part(key, q, part), actual.part(key, q, part), key + " " + q + " part " + part);
                }
            }
            for (String category : List.of("LIFT", "NOISE")) {
                assertEquals(expected.category("orders.byCategory", q, category),
                        actual.category("orders.byCategory", q, category), category + " " + q);
            }
        }
    }

    private static PlaceParts parts(OrgUnitView place) {
        return PlaceParts.of(place, TREE.stream().filter(u -> u.path().startsWith(place.path())).toList());
    }

    private static OrgUnitView unit(long id, OrgLevel level, Long parent, String path) {
        return new OrgUnitView(id, "34118100" + id, "unit " + id, level, parent, path, null, null, true, 0);
    }

    /** A source over rows in memory, measuring as the real ones do: at or below the place, into its parts. */
    private static final class Rows implements IndicatorSource {
        private record Row(long unit, Quarter quarter, String category, boolean onTime) {
        }

        private final List<Row> rows = new ArrayList<>();
        final List<List<Quarter>> requests = new ArrayList<>();
        int asked;

        void fill(List<Quarter> quarters) {
            int n = 0;
            for (Quarter q : quarters) {
                for (OrgUnitView unit : TREE) {
                    for (int i = 0; i <= (unit.id() + n) % 4; i++) {
                        add(unit, q, i % 2 == 0 ? "LIFT" : "NOISE", (unit.id() + i + n) % 3 != 0);
                    }
                }
                n++;
            }
            requests.clear();
            asked = 0;
        }

        void add(OrgUnitView unit, Quarter quarter, String category, boolean onTime) {
            rows.add(new Row(unit.id(), quarter, category, onTime));
        }

        @Override
        public String moduleKey() {
            return "partners";
        }

        @Override
        public String bundle() {
            return "org.communitypartners.partners.messages";
        }

        @Override
        public List<IndicatorDefinition> definitions() {
            return List.of(IndicatorDefinition.total("orders.received", FigureUnit.COUNT, true, null),
                    IndicatorDefinition.total("orders.onTime", FigureUnit.PERCENT, true, null),
                    IndicatorDefinition.perCategory("orders.byCategory", FigureUnit.COUNT, null));
        }

        @Override
        public List<Measurement> measure(OrgUnitView place, Quarter from, Quarter to) {
            requests.add(Quarter.range(from, to));
            asked++;
            PlaceParts parts = parts(place);
            List<Measurement> measured = new ArrayList<>();
            for (Quarter q : Quarter.range(from, to)) {
                Map<Long, long[]> byPart = new TreeMap<>();
                Map<String, Long> byCategory = new TreeMap<>();
                for (Row r : rows) {
                    if (r.quarter().equals(q)) {
                        parts.partOf(r.unit()).ifPresent(part -> {
                            long[] t = byPart.computeIfAbsent(part, p -> new long[2]);
                            t[0]++;
                            t[1] += r.onTime() ? 1 : 0;
                            byCategory.merge(part + "/" + r.category(), 1L, Long::sum);
                        });
                    }
                }
                byPart.forEach((part, t) -> {
                    measured.add(Measurement.of("orders.received", q, part, Figure.count(t[0])));
                    measured.add(Measurement.of("orders.onTime", q, part, Figure.share(t[1], t[0])));
                });
                byCategory.forEach((k, count) -> measured.add(new Measurement("orders.byCategory", q,
                        Long.parseLong(k.substring(0, k.indexOf('/'))), k.substring(k.indexOf('/') + 1), "类别",
                        "category", Figure.count(count))));
            }
            return measured;
        }

        @Override
        public FigureRows rows(String key, Collection<Long> unitIds, Quarter quarter, int first, int max,
                               Locale locale) {
            throw new IllegalArgumentException("the summary never asks for rows: " + key);
        }
    }

    /** The summary as the job keeps it: every place with parts measured, the finest units kept. */
    private static final class StoredSummary implements IndicatorSummary {
        private final Map<Quarter, List<Measurement>> quarters = new TreeMap<>();
        private final Map<Quarter, Instant> takenAt = new TreeMap<>();
        final Map<String, FigureUnit> unitsHeld = new LinkedHashMap<>(UNITS);

        /** Summarizes a quarter as the job does; the source's log then shows only what the dashboard asks. */
        void take(Quarter quarter, Rows source, Instant at) {
            SummaryTree tree = SummaryTree.of(TREE);
            List<Measurement> finest = new ArrayList<>();
            tree.measuredPlaces().forEach(p -> finest.addAll(tree.finest(p, source.measure(p, quarter, quarter))));
            quarters.put(quarter, finest);
            takenAt.put(quarter, at);
            source.requests.clear();
            source.asked = 0;
        }

        @Override
        public Map<Quarter, Instant> summarized(Map<String, FigureUnit> indicators, Quarter from, Quarter to) {
            Map<Quarter, Instant> held = new TreeMap<>();
            if (indicators.equals(unitsHeld)) {
                takenAt.forEach((q, at) -> {
                    if (q.compareTo(from) >= 0 && q.compareTo(to) <= 0) {
                        held.put(q, at);
                    }
                });
            }
            return held;
        }

        @Override
        public List<Measurement> measurements(Map<String, FigureUnit> indicators, Collection<Quarter> wanted,
                                              Collection<Long> unitIds) {
            return wanted.stream().flatMap(q -> quarters.getOrDefault(q, List.of()).stream())
                    .filter(m -> unitIds.contains(m.partId())).toList();
        }
    }
}
