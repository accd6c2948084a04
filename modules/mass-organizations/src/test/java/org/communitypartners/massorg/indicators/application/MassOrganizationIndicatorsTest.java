package org.communitypartners.massorg.indicators.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.indicators.Figure;
import org.communitypartners.kernel.api.indicators.FigureUnit;
import org.communitypartners.kernel.api.indicators.Measurement;
import org.communitypartners.kernel.api.indicators.Quarter;
import org.communitypartners.massorg.indicators.domain.ActivityFigures;
import org.junit.jupiter.api.Test;

/** The mass organisations' figures of a subdistrict and of a community on hand-counted rows. */
class MassOrganizationIndicatorsTest {
    private static final OrgUnitView CITY = unit(1, OrgLevel.CITY, null, "/1/");
    private static final OrgUnitView GUANGLING = unit(2, OrgLevel.SUBDISTRICT, 1L, "/1/2/");
    private static final OrgUnitView TIANYI = unit(3, OrgLevel.COMMUNITY, 2L, "/1/2/3/");
    private static final OrgUnitView TIANFU = unit(4, OrgLevel.COMMUNITY, 2L, "/1/2/4/");
    private static final OrgUnitView OTHER = unit(5, OrgLevel.COMMUNITY, 9L, "/1/9/5/");
    private static final Quarter Q2 = new Quarter(2026, 2);
    private static final Quarter Q3 = new Quarter(2026, 3);

    private final Rows rows = new Rows();

    private MassOrganizationIndicators indicators() {
        MassOrganizationIndicators indicators = new MassOrganizationIndicators();
        indicators.figures = rows;
        indicators.directory = new Tree();
        indicators.clock = Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC);
        return indicators;
    }

    @Test
    void activitiesParticipantsAndHoursAddUpPerCommunityAndForTheSubdistrict() {
        rows.held.put(Q3.start(), List.of(new ActivityFigures.Held(3, 4, 57), new ActivityFigures.Held(4, 1, 12),
                new ActivityFigures.Held(5, 9, 99)));
        rows.minutes.put(Q3.start(), List.of(new ActivityFigures.Minutes(3, 375), new ActivityFigures.Minutes(4, 45)));
        List<Measurement> measured = indicators().measure(GUANGLING, Q3, Q3);

        assertEquals(new BigDecimal("5"), total(measured, MassOrganizationIndicators.ACTIVITIES, Q3, null));
        assertEquals(new BigDecimal("69"), total(measured, MassOrganizationIndicators.PARTICIPANTS, Q3, null),
                "another subdistrict's community is not counted");
        assertEquals(new BigDecimal("6.3"), total(measured, MassOrganizationIndicators.VOLUNTEER_HOURS, Q3, 3L),
                "375 minutes = 6.25 h");
        assertEquals(new BigDecimal("7.0"), total(measured, MassOrganizationIndicators.VOLUNTEER_HOURS, Q3, null));
        assertEquals(FigureUnit.HOURS, measured.stream()
                .filter(m -> m.key().equals(MassOrganizationIndicators.VOLUNTEER_HOURS)).findFirst().orElseThrow()
                .figure().unit());
    }

    @Test
    void aQuietQuarterHasNoMeasurementsWhichTheDashboardReadsAsZero() {
        rows.held.put(Q3.start(), List.of(new ActivityFigures.Held(3, 2, 0)));
        List<Measurement> measured = indicators().measure(GUANGLING, Q2, Q3);

        assertTrue(measured.stream().noneMatch(m -> m.quarter().equals(Q2)));
        assertEquals(new BigDecimal("0"), total(measured, MassOrganizationIndicators.PARTICIPANTS, Q3, 3L),
                "two activities with nobody checked in");
    }

    @Test
    void aCityCountsItsCommunitiesForTheirSubdistricts() {
        rows.held.put(Q3.start(), List.of(new ActivityFigures.Held(3, 4, 57), new ActivityFigures.Held(5, 9, 99)));
        List<Measurement> measured = indicators().measure(CITY, Q3, Q3);

        assertEquals(new BigDecimal("4"), total(measured, MassOrganizationIndicators.ACTIVITIES, Q3, 2L));
        assertEquals(new BigDecimal("13"), total(measured, MassOrganizationIndicators.ACTIVITIES, Q3, null));
    }

    private static BigDecimal total(List<Measurement> measured, String key, Quarter quarter, Long part) {
        return measured.stream().filter(m -> m.key().equals(key) && m.quarter().equals(quarter)
                        && (part == null || m.partId() == part)).map(Measurement::figure).reduce(Figure::plus)
                .orElseThrow().value().orElseThrow();
    }

    private static OrgUnitView unit(long id, OrgLevel level, Long parent, String path) {
        return new OrgUnitView(id, "code" + id, "unit " + id, level, parent, path, null, null, true, 0);
    }

    private static final class Tree implements OrgDirectory {
        private final List<OrgUnitView> all = List.of(CITY, GUANGLING, TIANYI, TIANFU, OTHER,
                unit(9, OrgLevel.SUBDISTRICT, 1L, "/1/9/"));

        @Override
        public Optional<OrgUnitView> find(long unitId) {
            return all.stream().filter(u -> u.id() == unitId).findFirst();
        }

        @Override
        public Optional<OrgUnitView> findByCode(String code) {
            return Optional.empty();
        }

        @Override
        public List<OrgUnitView> children(long unitId) {
            return all.stream().filter(u -> u.parentId() != null && u.parentId() == unitId).toList();
        }

        @Override
        public List<OrgUnitView> subtree(long unitId) {
            return all.stream().filter(u -> u.path().contains("/" + unitId + "/")).toList();
        }

        @Override
        public Optional<OrgUnitView> subdistrictOf(long unitId) {
            return Optional.empty();
        }

        @Override
        public List<OrgUnitView> searchVisible(String text, OrgLevel level, int limit) {
            return List.of();
        }
    }

    /** Rows as the grouped SQL answers them for a quarter starting at the key; it ignores the unit filter, as a careless query would. */
    private static final class Rows implements ActivityFigures {
        final Map<Instant, List<Held>> held = new HashMap<>();
        final Map<Instant, List<Minutes>> minutes = new HashMap<>();

        @Override
        public List<Held> held(Collection<Long> communityIds, Instant from, Instant to, Instant now) {
            return held.getOrDefault(from, List.of());
        }

        @Override
        public List<Minutes> confirmedMinutes(Collection<Long> communityIds, Instant from, Instant to) {
            return minutes.getOrDefault(from, List.of());
        }
    }
}
