package org.communitypartners.property.indicators.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.indicators.Figure;
import org.communitypartners.kernel.api.indicators.FigureRows;
import org.communitypartners.kernel.api.indicators.Measurement;
import org.communitypartners.kernel.api.indicators.Quarter;
import org.communitypartners.kernel.testing.FixedOrgDirectory;
import org.communitypartners.property.commitments.domain.Compliance;
import org.communitypartners.property.commitments.domain.Coverage;
import org.communitypartners.property.commitments.domain.Frequency;
import org.communitypartners.property.indicators.domain.PropertyFigures;
import org.junit.jupiter.api.Test;

/**
 * The property figures of a subdistrict on hand-counted rows, and the rows listed behind them: one
 * community with two compounds, one with one.
 */
class PropertyIndicatorsTest {
    private static final OrgUnitView GUANGLING = unit(2, OrgLevel.SUBDISTRICT, 1L, "/1/2/");
    private static final OrgUnitView YONGFU = unit(3, OrgLevel.COMMUNITY, 2L, "/1/2/3/");
    private static final OrgUnitView TIANFU = unit(4, OrgLevel.COMMUNITY, 2L, "/1/2/4/");
    private static final OrgUnitView JINYUAN = unit(5, OrgLevel.COMPOUND, 3L, "/1/2/3/5/");
    private static final OrgUnitView NORTH = unit(6, OrgLevel.COMPOUND, 3L, "/1/2/3/6/");
    private static final OrgUnitView YIMIN = unit(7, OrgLevel.COMPOUND, 4L, "/1/2/4/7/");
    private static final Quarter Q2 = new Quarter(2026, 2);
    private static final Quarter Q3 = new Quarter(2026, 3);
    /** Q2's ledger deadline (31 July 00:00 China time) has passed, Q3's (31 October) has not. */
    private static final Instant NOW = Instant.parse("2026-10-15T02:00:00Z");

    private static final Set<Long> GUANGLING_UNITS = Set.of(2L, 3L, 4L, 5L, 6L, 7L);
    private static final Set<Long> YONGFU_UNITS = Set.of(3L, 5L, 6L);
    private static final List<String> KEYS = List.of(PropertyIndicators.HOUSEHOLDS, PropertyIndicators.FEES_BY_AMOUNT,
            PropertyIndicators.FEES_BY_HOUSEHOLD, PropertyIndicators.LEDGER_ON_TIME, PropertyIndicators.COMPLIANCE);

    private final Rows rows = new Rows();

    private PropertyIndicators indicators() {
        PropertyIndicators indicators = new PropertyIndicators();
        indicators.figures = rows;
        indicators.directory = new FixedOrgDirectory(List.of(GUANGLING, YONGFU, TIANFU, JINYUAN, NORTH, YIMIN));
        indicators.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return indicators;
    }

    @Test
    void theCollectionRatePoolsCompoundsByAmountAndByHousehold() {
        rows.fees.put("2026-07..2026-09", List.of(
                new PropertyFigures.FeeSums(5, new BigDecimal("1000.00"), new BigDecimal("850.00"), 10, 3),
                new PropertyFigures.FeeSums(6, new BigDecimal("500.00"), new BigDecimal("500.00"), 4, 0),
                new PropertyFigures.FeeSums(7, new BigDecimal("300.00"), new BigDecimal("0.00"), 3, 3)));
        List<Measurement> measured = indicators().measure(GUANGLING, Q3, Q3);

        // 永福: (850 + 500) ÷ (1000 + 500) = 90.0 %; households (7 + 4) ÷ 14 = 78.6 %
        assertEquals(new BigDecimal("90.0"), pooled(measured, PropertyIndicators.FEES_BY_AMOUNT, Q3, 3L).value().orElseThrow());
        assertEquals(new BigDecimal("78.6"), pooled(measured, PropertyIndicators.FEES_BY_HOUSEHOLD, Q3, 3L).value().orElseThrow());
        assertEquals(new BigDecimal("0.0"), pooled(measured, PropertyIndicators.FEES_BY_AMOUNT, Q3, 4L).value().orElseThrow());
        // the subdistrict: 1350 ÷ 1800 = 75.0 %, 11 ÷ 17 = 64.7 %
        assertEquals(new BigDecimal("75.0"), pooled(measured, PropertyIndicators.FEES_BY_AMOUNT, Q3, null).value().orElseThrow());
        assertEquals(new BigDecimal("64.7"), pooled(measured, PropertyIndicators.FEES_BY_HOUSEHOLD, Q3, null).value().orElseThrow());
    }

    @Test
    void aQuarterWithoutBillsOrWithNothingDueHasNoRate() {
        rows.fees.put("2026-07..2026-09", List.of(
                new PropertyFigures.FeeSums(5, new BigDecimal("0.00"), new BigDecimal("0.00"), 0, 0)));
        List<Measurement> measured = indicators().measure(GUANGLING, Q2, Q3);

        assertTrue(pooled(measured, PropertyIndicators.FEES_BY_AMOUNT, Q2, null).value().isEmpty(), "no bills in Q2");
        assertTrue(pooled(measured, PropertyIndicators.FEES_BY_AMOUNT, Q3, null).value().isEmpty(), "0 ÷ 0");
        assertTrue(pooled(measured, PropertyIndicators.FEES_BY_HOUSEHOLD, Q3, null).value().isEmpty(), "0 ÷ 0");
    }

    @Test
    void ledgersOnTimeCountCompoundsThatShouldPublishOnceTheirDeadlineHasPassed() {
        rows.publications.put("2026Q2", List.of(
                new PropertyFigures.Publication(5, Instant.parse("2026-07-30T15:59:00Z")),
                new PropertyFigures.Publication(6, Instant.parse("2026-07-30T16:00:00Z")),
                new PropertyFigures.Publication(7, null)));
        rows.publications.put("2026Q3", List.of(
                new PropertyFigures.Publication(5, Instant.parse("2026-10-10T08:00:00Z")),
                new PropertyFigures.Publication(6, null), new PropertyFigures.Publication(7, null)));
        List<Measurement> measured = indicators().measure(GUANGLING, Q2, Q3);

        // Q2: 金园 on its last minute, the other one at midnight (late), 益民 never: 1 of 3
        assertEquals(new BigDecimal("33.3"), pooled(measured, PropertyIndicators.LEDGER_ON_TIME, Q2, null).value().orElseThrow());
        assertEquals(new BigDecimal("50.0"), pooled(measured, PropertyIndicators.LEDGER_ON_TIME, Q2, 3L).value().orElseThrow());
        assertEquals(new BigDecimal("0.0"), pooled(measured, PropertyIndicators.LEDGER_ON_TIME, Q2, 4L).value().orElseThrow());
        // Q3 is still within its deadline: only the compound that published counts
        assertEquals(new BigDecimal("100.0"), pooled(measured, PropertyIndicators.LEDGER_ON_TIME, Q3, null).value().orElseThrow());
        assertTrue(pooled(measured, PropertyIndicators.LEDGER_ON_TIME, Q3, 4L).value().isEmpty(), "no compound counted");
    }

    @Test
    void complianceIsPooledPerPartAndHouseholdsAreCountedEveryQuarter() {
        rows.households.putAll(Map.of(5L, 480L, 6L, 20L, 7L, 360L));
        rows.services = List.of(new PropertyFigures.PromisedService(1, 5,
                new Compliance.Terms(1, Frequency.MONTH, Coverage.COMPOUND, LocalDate.of(2026, 1, 1)), List.of()),
                new PropertyFigures.PromisedService(2, 7,
                        new Compliance.Terms(1, Frequency.MONTH, Coverage.COMPOUND, LocalDate.of(2026, 1, 1)), List.of()));
        rows.visits.put(1L, List.of(new Compliance.Visit(LocalDate.of(2026, 7, 3), null),
                new Compliance.Visit(LocalDate.of(2026, 9, 3), null)));
        rows.visits.put(2L, List.of(new Compliance.Visit(LocalDate.of(2026, 7, 4), null),
                new Compliance.Visit(LocalDate.of(2026, 8, 4), null), new Compliance.Visit(LocalDate.of(2026, 9, 4), null)));
        List<Measurement> measured = indicators().measure(GUANGLING, Q3, Q3);

        assertEquals(new BigDecimal("66.7"), pooled(measured, PropertyIndicators.COMPLIANCE, Q3, 3L).value().orElseThrow());
        assertEquals(new BigDecimal("83.3"), pooled(measured, PropertyIndicators.COMPLIANCE, Q3, null).value().orElseThrow(),
                "5 of 6 months");
        assertEquals(new BigDecimal("500"), pooled(measured, PropertyIndicators.HOUSEHOLDS, Q3, 3L).value().orElseThrow());
    }

    @Test
    void everyFigureListsItsOwnRows() {
        assertTrue(indicators().definitions().stream().allMatch(d -> d.rowsPage() == null));
    }

    @Test
    void householdsAreListedUnitByUnitAndTheirTotalIsTheCount() {
        rows.households.putAll(Map.of(5L, 2L, 7L, 1L));
        rows.register = List.of(new PropertyFigures.Household(5, "1", "101", new BigDecimal("89.5")),
                new PropertyFigures.Household(5, "1", "102", new BigDecimal("120.25")),
                new PropertyFigures.Household(7, "3", "0201", new BigDecimal("60.00")));
        FigureRows page = indicators().rows(PropertyIndicators.HOUSEHOLDS, GUANGLING_UNITS, Q3, 1, 2, Locale.ENGLISH);

        assertEquals(3, page.total());
        assertEquals(List.of(List.of("unit 5", "1", "102", "120.25"), List.of("unit 7", "3", "0201", "60.00")),
                cells(page));
        assertEquals(List.of("Compound", "Building no.", "Unit no.", "Exclusive area (m²)"),
                page.columns().stream().map(FigureRows.Column::heading).toList());
    }

    @Test
    void billsEndWithDueAndPaidSoTheirSumsGiveTheRateByAmount() {
        rows.bills = List.of(
                new PropertyFigures.Bill(5, "1-101", "2026-07", new BigDecimal("1234.5"), new BigDecimal("1234.5")),
                new PropertyFigures.Bill(5, "1-102", "2026-08", new BigDecimal("200.00"), new BigDecimal("0.00")),
                new PropertyFigures.Bill(7, "3-0201", "2026-07", new BigDecimal("65.50"), new BigDecimal("15.5")));
        FigureRows page = indicators().rows(PropertyIndicators.FEES_BY_AMOUNT, GUANGLING_UNITS, Q3, 0, 10,
                Locale.ENGLISH);

        assertEquals(List.of("unit 5", "1-101", "2026-07", "1234.50", "1234.50"), page.rows().get(0).cells());
        assertEquals(List.of(false, false, false, true, true),
                page.columns().stream().map(FigureRows.Column::numeric).toList());
        // 1250.00 paid of 1500.00 due
        assertEquals(new BigDecimal("1500.00"), sum(page, 3));
        assertEquals(new BigDecimal("1250.00"), sum(page, 4));
        assertEquals(3, page.total());
    }

    @Test
    void billedHouseholdsSayLastWhetherTheyPaidInFullInTheReadersLanguage() {
        rows.billedUnits = List.of(new PropertyFigures.BilledUnit(5, "1-101", 3, new BigDecimal("300"),
                        new BigDecimal("300"), true),
                new PropertyFigures.BilledUnit(6, "2-101", 3, new BigDecimal("300"), new BigDecimal("200"), false),
                new PropertyFigures.BilledUnit(7, "3-0201", 2, new BigDecimal("100"), new BigDecimal("100"), true));
        FigureRows chinese = indicators().rows(PropertyIndicators.FEES_BY_HOUSEHOLD, YONGFU_UNITS, Q3, 0, 10,
                Locale.SIMPLIFIED_CHINESE);
        FigureRows english = indicators().rows(PropertyIndicators.FEES_BY_HOUSEHOLD, YONGFU_UNITS, Q3, 0, 10,
                Locale.ENGLISH);

        assertEquals(List.of(List.of("unit 5", "1-101", "3", "300.00", "300.00", "是"),
                List.of("unit 6", "2-101", "3", "300.00", "200.00", "否")), cells(chinese));
        assertEquals("是否缴清", chinese.columns().get(5).heading());
        assertEquals(List.of("yes", "no"), english.rows().stream().map(r -> r.cells().get(5)).toList());
        assertEquals(2, english.total(), "永福's households only");
    }

    @Test
    void ledgersListTheCompoundsThatCountWithTheirLastDayOnTime() {
        rows.publications.put("2026Q2", List.of(
                new PropertyFigures.Publication(5, Instant.parse("2026-07-30T15:59:00Z")),
                new PropertyFigures.Publication(6, Instant.parse("2026-07-30T16:00:00Z")),
                new PropertyFigures.Publication(7, null)));
        rows.publications.put("2026Q3", List.of(
                new PropertyFigures.Publication(5, Instant.parse("2026-10-10T08:00:00Z")),
                new PropertyFigures.Publication(6, null), new PropertyFigures.Publication(7, null)));

        FigureRows q2 = indicators().rows(PropertyIndicators.LEDGER_ON_TIME, GUANGLING_UNITS, Q2, 0, 10,
                Locale.ENGLISH);
        assertEquals(List.of(List.of("unit 5", "2026-07-30", "2026-07-30", "yes"),
                List.of("unit 6", "2026-07-31", "2026-07-30", "no"),
                List.of("unit 7", "—", "2026-07-30", "no")), cells(q2));
        FigureRows q3 = indicators().rows(PropertyIndicators.LEDGER_ON_TIME, GUANGLING_UNITS, Q3, 0, 10,
                Locale.ENGLISH);
        assertEquals(List.of(List.of("unit 5", "2026-10-10", "2026-10-30", "yes")), cells(q3),
                "the others are still within their deadline");
        FigureRows second = indicators().rows(PropertyIndicators.LEDGER_ON_TIME, GUANGLING_UNITS, Q2, 1, 1,
                Locale.ENGLISH);
        assertEquals(List.of(List.of("unit 6", "2026-07-31", "2026-07-30", "no")), cells(second));
        assertEquals(3, second.total());
    }

    @Test
    void complianceRowsOfTheItemsAddUpToThePooledFigure() {
        Compliance.Terms monthly = new Compliance.Terms(1, Frequency.MONTH, Coverage.COMPOUND, LocalDate.of(2026, 1, 1));
        rows.items = List.of(
                new PropertyFigures.CommitmentItem(new PropertyFigures.PromisedService(1, 5, monthly, List.of()),
                        "Stairwell cleaning"),
                new PropertyFigures.CommitmentItem(new PropertyFigures.PromisedService(2, 7, monthly, List.of()),
                        "Lawn care"),
                new PropertyFigures.CommitmentItem(new PropertyFigures.PromisedService(3, 7,
                        new Compliance.Terms(1, Frequency.MONTH, Coverage.COMPOUND, LocalDate.of(2026, 10, 1)),
                        List.of()), "Begun after the quarter"));
        rows.visits.put(1L, List.of(new Compliance.Visit(LocalDate.of(2026, 7, 3), null),
                new Compliance.Visit(LocalDate.of(2026, 9, 3), null)));
        rows.visits.put(2L, List.of(new Compliance.Visit(LocalDate.of(2026, 7, 4), null),
                new Compliance.Visit(LocalDate.of(2026, 8, 4), null), new Compliance.Visit(LocalDate.of(2026, 9, 4), null)));
        FigureRows page = indicators().rows(PropertyIndicators.COMPLIANCE, GUANGLING_UNITS, Q3, 0, 10, Locale.ENGLISH);

        assertEquals(List.of(
                List.of("unit 5", "Stairwell cleaning", "At least 1 times a month for the compound", "3", "2"),
                List.of("unit 7", "Lawn care", "At least 1 times a month for the compound", "3", "3")), cells(page));
        // 5 of 6 months: the subdistrict's 83.3 %
        assertEquals(new BigDecimal("6"), sum(page, 3));
        assertEquals(new BigDecimal("5"), sum(page, 4));
        FigureRows second = indicators().rows(PropertyIndicators.COMPLIANCE, GUANGLING_UNITS, Q3, 1, 5, Locale.ENGLISH);
        assertEquals(List.of("unit 7", "Lawn care", "At least 1 times a month for the compound", "3", "3"),
                second.rows().get(0).cells());
        assertEquals(2, second.total());
    }

    @Test
    void aPageOfNoRowsOnlyCountsAndNoUnitsHaveNoRows() {
        rows.bills = List.of(new PropertyFigures.Bill(5, "1-101", "2026-07", BigDecimal.TEN, BigDecimal.ONE));
        FigureRows counted = indicators().rows(PropertyIndicators.FEES_BY_AMOUNT, GUANGLING_UNITS, Q3, 0, 0,
                Locale.ENGLISH);
        assertEquals(1, counted.total());
        assertTrue(counted.rows().isEmpty());

        rows.publications.put("2026Q2", List.of(new PropertyFigures.Publication(5, null)));
        for (String key : KEYS) {
            FigureRows none = indicators().rows(key, Set.of(), Q2, 0, 10, Locale.ENGLISH);
            assertEquals(0, none.total(), key);
            assertTrue(none.rows().isEmpty(), key);
        }
    }

    @Test
    void everyHeadingIsWordedInBothLanguages() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            for (String key : KEYS) {
                indicators().rows(key, GUANGLING_UNITS, Q3, 0, 0, locale).columns().forEach(c ->
                        assertFalse(c.heading().startsWith("rows."), locale + " " + c.heading()));
            }
        }
    }

    @Test
    void aFigureTheModuleDoesNotDefineHasNoRows() {
        assertThrows(IllegalArgumentException.class,
                () -> indicators().rows("fees.arrears", GUANGLING_UNITS, Q3, 0, 10, Locale.ENGLISH));
    }

    @Test
    void anEmptyPlaceMeasuresNothing() {
        assertTrue(indicators().measure(GUANGLING, Q2, Q3).isEmpty());
    }

    private static List<List<String>> cells(FigureRows page) {
        return page.rows().stream().map(FigureRows.Row::cells).toList();
    }

    private static BigDecimal sum(FigureRows page, int column) {
        return page.rows().stream().map(r -> new BigDecimal(r.cells().get(column))).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }

    /** Measurements pooled as the dashboard pools them; {@code part} null for the whole place. */
    private static Figure pooled(List<Measurement> measured, String key, Quarter quarter, Long part) {
        return measured.stream().filter(m -> m.key().equals(key) && m.quarter().equals(quarter)
                        && (part == null || m.partId() == part)).map(Measurement::figure).reduce(Figure::plus)
                .orElse(Figure.share(0, 0));
    }

    private static OrgUnitView unit(long id, OrgLevel level, Long parent, String path) {
        return new OrgUnitView(id, "code" + id, "unit " + id, level, parent, path, null, null, true, 0);
    }

    /** Rows as the grouped SQL would answer them, by period range or quarter; listed rows are kept by compound. */
    private static final class Rows implements PropertyFigures {
        final Map<Long, Long> households = new HashMap<>();
        final Map<String, List<FeeSums>> fees = new HashMap<>();
        final Map<String, List<Publication>> publications = new HashMap<>();
        List<PromisedService> services = List.of();
        final Map<Long, List<Compliance.Visit>> visits = new HashMap<>();
        List<Household> register = List.of();
        List<Bill> bills = List.of();
        List<BilledUnit> billedUnits = List.of();
        List<CommitmentItem> items = List.of();

        @Override
        public Map<Long, Long> households(Collection<Long> unitIds) {
            Map<Long, Long> at = new HashMap<>(households);
            at.keySet().retainAll(unitIds);
            return at;
        }

        @Override
        public List<Household> households(Collection<Long> unitIds, int first, int max) {
            return page(register, Household::compoundId, unitIds, first, max);
        }

        @Override
        public List<FeeSums> feeSums(Collection<Long> unitIds, String fromPeriod, String toPeriod) {
            return fees.getOrDefault(fromPeriod + ".." + toPeriod, List.of());
        }

        @Override
        public List<Bill> bills(Collection<Long> unitIds, String fromPeriod, String toPeriod, int first, int max) {
            return page(bills, Bill::compoundId, unitIds, first, max);
        }

        @Override
        public long billCount(Collection<Long> unitIds, String fromPeriod, String toPeriod) {
            return page(bills, Bill::compoundId, unitIds, 0, Integer.MAX_VALUE).size();
        }

        @Override
        public List<BilledUnit> billedUnits(Collection<Long> unitIds, String fromPeriod, String toPeriod, int first,
                                            int max) {
            return page(billedUnits, BilledUnit::compoundId, unitIds, first, max);
        }

        @Override
        public long billedUnitCount(Collection<Long> unitIds, String fromPeriod, String toPeriod) {
            return page(billedUnits, BilledUnit::compoundId, unitIds, 0, Integer.MAX_VALUE).size();
        }

        @Override
        public List<Publication> publications(Collection<Long> unitIds, String quarter, LocalDate lastDay) {
            return publications.getOrDefault(quarter, List.of()).stream()
                    .filter(p -> unitIds.contains(p.compoundId())).toList();
        }

        @Override
        public List<PromisedService> commitments(Collection<Long> unitIds) {
            return services;
        }

        @Override
        public List<CommitmentItem> commitments(Collection<Long> unitIds, LocalDate startedBy, int first, int max) {
            return page(begun(startedBy), i -> i.service().compoundId(), unitIds, first, max);
        }

        @Override
        public long commitmentCount(Collection<Long> unitIds, LocalDate startedBy) {
            return page(begun(startedBy), i -> i.service().compoundId(), unitIds, 0, Integer.MAX_VALUE).size();
        }

        @Override
        public Map<Long, List<Compliance.Visit>> visits(Collection<Long> commitmentIds, Instant from, Instant to) {
            return visits;
        }

        private List<CommitmentItem> begun(LocalDate startedBy) {
            return items.stream().filter(i -> !i.service().terms().startsOn().isAfter(startedBy)).toList();
        }

        private static <T> List<T> page(List<T> rows, ToLongFunction<T> compound, Collection<Long> unitIds, int first,
                                        int max) {
            return rows.stream().filter(r -> unitIds.contains(compound.applyAsLong(r))).skip(first).limit(max).toList();
        }
    }
}
