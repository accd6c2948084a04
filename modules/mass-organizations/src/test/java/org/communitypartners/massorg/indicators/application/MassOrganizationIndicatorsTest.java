package org.communitypartners.massorg.indicators.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.indicators.Figure;
import org.communitypartners.kernel.api.indicators.FigureRows;
import org.communitypartners.kernel.api.indicators.FigureRows.Column;
import org.communitypartners.kernel.api.indicators.FigureUnit;
import org.communitypartners.kernel.api.indicators.IndicatorDefinition;
import org.communitypartners.kernel.api.indicators.Measurement;
import org.communitypartners.kernel.api.indicators.Quarter;
import org.communitypartners.kernel.testing.FixedOrgDirectory;
import org.communitypartners.massorg.indicators.domain.ActivityFigures;
import org.junit.jupiter.api.Test;

/** The mass organisations' figures of a subdistrict and of a community on hand-counted rows, and the rows behind them. */
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
        indicators.directory = new FixedOrgDirectory(List.of(CITY, GUANGLING, TIANYI, TIANFU, OTHER,
                unit(9, OrgLevel.SUBDISTRICT, 1L, "/1/9/")));
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

    @Test
    void everyFigureListsItsOwnRows() {
        assertTrue(indicators().definitions().stream().map(IndicatorDefinition::rowsPage).allMatch(p -> p == null));
    }

    @Test
    void activityRowsAreTheHeldActivitiesWithTheirCheckInsLastAndALinkToTheirPage() {
        rows.activities = List.of(
                new ActivityFigures.HeldActivity(12, 3, "重阳节包饺子", Instant.parse("2026-09-30T17:00:00Z"),
                        List.of("社区妇联", "社区团委"), 18),
                new ActivityFigures.HeldActivity(11, 4, "反诈讲座", Instant.parse("2026-07-01T01:00:00Z"),
                        List.of(), 0));
        rows.heldCount = 7;
        FigureRows chinese = indicators().rows(MassOrganizationIndicators.ACTIVITIES, List.of(2L, 3L, 4L), Q3, 5, 2,
                Locale.SIMPLIFIED_CHINESE);

        assertEquals(List.of("日期", "活动", "社区", "主办组织", "签到人数"),
                chinese.columns().stream().map(Column::heading).toList());
        assertEquals(List.of(false, false, false, false, true),
                chinese.columns().stream().map(Column::numeric).toList());
        assertEquals(7, chinese.total(), "the count, not the page's size");
        assertEquals(List.of("2026-10-01", "重阳节包饺子", "unit 3", "社区妇联、社区团委", "18"),
                chinese.rows().get(0).cells(), "the day in China, after midnight there");
        assertEquals("/mass-organizations/activities.xhtml?id=12", chinese.rows().get(0).link());
        assertEquals(List.of("2026-07-01", "反诈讲座", "unit 4", "", "0"), chinese.rows().get(1).cells());
        assertEquals(List.of(5, 2), rows.asked, "the page asked for is passed on");

        FigureRows english = indicators().rows(MassOrganizationIndicators.ACTIVITIES, List.of(3L), Q3, 0, 2,
                Locale.ENGLISH);
        assertEquals("Checked in", english.columns().get(4).heading());
        assertEquals("社区妇联, 社区团委", english.rows().get(0).cells().get(3));
    }

    @Test
    void participantRowsAreTheActivitiesWhoseLastColumnSumsToTheFigure() {
        List<ActivityFigures.HeldActivity> held = List.of(
                new ActivityFigures.HeldActivity(2, 3, "a", Instant.parse("2026-08-02T02:00:00Z"), List.of(), 57),
                new ActivityFigures.HeldActivity(1, 4, "b", Instant.parse("2026-08-01T02:00:00Z"), List.of(), 12));
        rows.activities = held;
        rows.heldCount = 2;
        rows.held.put(Q3.start(), List.of(new ActivityFigures.Held(3, 1, 57), new ActivityFigures.Held(4, 1, 12)));
        MassOrganizationIndicators indicators = indicators();

        FigureRows participants = indicators.rows(MassOrganizationIndicators.PARTICIPANTS, List.of(2L, 3L, 4L), Q3, 0,
                50, Locale.ENGLISH);

        assertEquals(indicators.rows(MassOrganizationIndicators.ACTIVITIES, List.of(2L, 3L, 4L), Q3, 0, 50,
                Locale.ENGLISH), participants);
        assertEquals(total(indicators.measure(GUANGLING, Q3, Q3), MassOrganizationIndicators.PARTICIPANTS, Q3, null),
                lastColumnSum(participants));
    }

    @Test
    void hourRowsAreTheConfirmedShiftsWithTheVolunteerMaskedAndExactHoursSummingToTheFigure() {
        rows.shifts = List.of(
                new ActivityFigures.ConfirmedShift(31, 8, Instant.parse("2026-08-02T01:30:00Z"), "重阳节包饺子",
                        "张桂英", 15),
                new ActivityFigures.ConfirmedShift(30, 8, Instant.parse("2026-08-01T01:30:00Z"), "太极拳初级班",
                        "李建华", 180),
                new ActivityFigures.ConfirmedShift(29, 9, Instant.parse("2026-07-01T01:30:00Z"), "反诈讲座",
                        "王秀兰", 15));
        rows.shiftCount = 3;
        rows.minutes.put(Q3.start(), List.of(new ActivityFigures.Minutes(3, 210)));

        FigureRows hours = indicators().rows(MassOrganizationIndicators.VOLUNTEER_HOURS, List.of(3L), Q3, 0, 10,
                Locale.SIMPLIFIED_CHINESE);

        assertEquals(List.of("日期", "活动或课程", "志愿者", "确认时长（小时）"),
                hours.columns().stream().map(Column::heading).toList());
        assertTrue(hours.columns().get(3).numeric());
        assertEquals(List.of("2026-08-02", "重阳节包饺子", "张*", "0.25"), hours.rows().get(0).cells(),
                "no full name and no phone");
        assertEquals("/mass-organizations/volunteering.xhtml?org=8", hours.rows().get(0).link());
        assertEquals(new BigDecimal("3.50"), lastColumnSum(hours), "15 + 180 + 15 minutes, each exact");
        assertEquals(Figure.hours(210).value(), Optional.of(lastColumnSum(hours).setScale(1)),
                "the figure is the sum shown to one decimal; one-decimal cells would have added up to 3.6");
        assertEquals(3, hours.total());
    }

    @Test
    void anEmptyPlaceHasNoRowsAndIsNotAskedAbout() {
        rows.heldCount = 99;
        FigureRows none = indicators().rows(MassOrganizationIndicators.VOLUNTEER_HOURS, List.of(), Q3, 0, 10,
                Locale.ENGLISH);

        assertEquals(0, none.total());
        assertTrue(none.rows().isEmpty());
        assertEquals(4, none.columns().size());
        assertEquals(0, indicators().rows(MassOrganizationIndicators.ACTIVITIES, List.of(), Q3, 0, 10,
                Locale.ENGLISH).total());
        assertNull(rows.asked);
    }

    @Test
    void askingForNoRowsOnlyCounts() {
        rows.heldCount = 7;
        FigureRows counted = indicators().rows(MassOrganizationIndicators.ACTIVITIES, List.of(3L), Q3, 0, 0,
                Locale.ENGLISH);

        assertEquals(7, counted.total());
        assertTrue(counted.rows().isEmpty());
        assertNull(rows.asked, "no listing query");
    }

    @Test
    void anUnknownFigureIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> indicators().rows("activities.cancelled", List.of(3L), Q3,
                0, 10, Locale.ENGLISH));
    }

    private static BigDecimal lastColumnSum(FigureRows rows) {
        return rows.rows().stream().map(r -> new BigDecimal(r.cells().get(r.cells().size() - 1)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal total(List<Measurement> measured, String key, Quarter quarter, Long part) {
        return measured.stream().filter(m -> m.key().equals(key) && m.quarter().equals(quarter)
                        && (part == null || m.partId() == part)).map(Measurement::figure).reduce(Figure::plus)
                .orElseThrow().value().orElseThrow();
    }

    private static OrgUnitView unit(long id, OrgLevel level, Long parent, String path) {
        return new OrgUnitView(id, "code" + id, "unit " + id, level, parent, path, null, null, true, 0);
    }

    /**
     * Rows as the grouped SQL answers them for a quarter starting at the key; it ignores the unit
     * filter, as a careless query would. The listings answer whatever page was asked for and note it.
     */
    private static final class Rows implements ActivityFigures {
        final Map<Instant, List<Held>> held = new HashMap<>();
        final Map<Instant, List<Minutes>> minutes = new HashMap<>();
        List<HeldActivity> activities = List.of();
        long heldCount;
        List<ConfirmedShift> shifts = List.of();
        long shiftCount;
        List<Integer> asked;

        @Override
        public List<Held> held(Collection<Long> communityIds, Instant from, Instant to, Instant now) {
            return held.getOrDefault(from, List.of());
        }

        @Override
        public List<Minutes> confirmedMinutes(Collection<Long> communityIds, Instant from, Instant to) {
            return minutes.getOrDefault(from, List.of());
        }

        @Override
        public List<HeldActivity> heldActivities(Collection<Long> communityIds, Instant from, Instant to, Instant now,
                                                 int first, int max) {
            asked = List.of(first, max);
            return activities;
        }

        @Override
        public long countHeld(Collection<Long> communityIds, Instant from, Instant to, Instant now) {
            return heldCount;
        }

        @Override
        public List<ConfirmedShift> confirmedShifts(Collection<Long> communityIds, Instant from, Instant to, int first,
                                                    int max) {
            asked = List.of(first, max);
            return shifts;
        }

        @Override
        public long countConfirmedShifts(Collection<Long> communityIds, Instant from, Instant to) {
            return shiftCount;
        }
    }
}
