package org.communitypartners.partners.indicators.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.communitypartners.kernel.api.KernelBundle;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.indicators.FigureRows;
import org.communitypartners.kernel.api.indicators.IndicatorDefinition;
import org.communitypartners.kernel.api.indicators.Measurement;
import org.communitypartners.kernel.api.indicators.Quarter;
import org.communitypartners.kernel.testing.FixedOrgDirectory;
import org.communitypartners.partners.indicators.domain.IndicatorQueries;
import org.junit.jupiter.api.Test;

/**
 * The partners' figures on a small hand-counted subdistrict: 广陵 (2) with 天福 (3, compounds 4
 * and 5) and 天一 (6). Compounds pool into their community; a share or a mean over nothing is absent.
 * The rows behind a figure are worded for the reader and paged as asked.
 */
class PartnerIndicatorsTest {
    private static final Quarter Q3 = Quarter.parse("2026Q3").orElseThrow();
    private static final OrgUnitView GUANGLING = unit(2, OrgLevel.SUBDISTRICT, 1L, "/1/2/");
    private static final List<OrgUnitView> TREE = List.of(GUANGLING,
            unit(3, OrgLevel.COMMUNITY, 2L, "/1/2/3/"), unit(4, OrgLevel.COMPOUND, 3L, "/1/2/3/4/"),
            unit(5, OrgLevel.COMPOUND, 3L, "/1/2/3/5/"), unit(6, OrgLevel.COMMUNITY, 2L, "/1/2/6/"));

    private static OrgUnitView unit(long id, OrgLevel level, Long parent, String path) {
        return new OrgUnitView(id, "34118100" + id, "unit " + id, level, parent, path, null, null, true, 0);
    }

    /** Counts as the database would give them for 2026Q3. */
    private static final class Counted implements IndicatorQueries {
        @Override
        public List<OrderTally> orders(OrgLevel level, Collection<Long> ids, Instant from, Instant to) {
            return List.of(
                    // compound 4: 3 received, 2 resolved (1 on time) in 150 minutes, ratings 4 + 5, 1 complaint
                    new OrderTally(4, 3, 2, 1, 1, 1, 9, 2, 150),
                    // compound 5: 1 received, resolved on time in 30 minutes, rated 5
                    new OrderTally(5, 1, 1, 1, 1, 0, 5, 1, 30),
                    // 天一: 2 received, none resolved, none rated
                    new OrderTally(6, 2, 0, 0, 0, 0, 0, 0, 0));
        }

        @Override
        public List<CategoryCount> ordersByCategory(OrgLevel level, Collection<Long> ids, Instant from, Instant to) {
            return List.of(new CategoryCount(4, "ELEVATOR", "电梯", "Elevator", 2),
                    new CategoryCount(5, "ELEVATOR", "电梯", "Elevator", 1));
        }

        @Override
        public List<UnitCount> unmatchedNeeds(Collection<Long> unitIds, Instant from, Instant to) {
            return List.of(new UnitCount(3, 2), new UnitCount(99, 7));
        }

        @Override
        public List<CategoryCount> activePartnersByKind(Collection<Long> unitIds, Instant at) {
            return List.of(new CategoryCount(3, "MERCHANT", null, null, 4));
        }

        @Override
        public List<CategoryCount> partnersByStatus(Collection<Long> unitIds, Instant at) {
            return List.of(new CategoryCount(3, "ACTIVE", null, null, 4), new CategoryCount(2, "SUSPENDED", null, null, 1));
        }

        @Override
        public long unmatchedNeedsTotal(Collection<Long> unitIds, Instant from, Instant to) {
            return NEEDS.size();
        }

        @Override
        public List<NeedRow> unmatchedNeedRows(Collection<Long> unitIds, Instant from, Instant to, int first, int max) {
            return page(NEEDS, first, max);
        }

        @Override
        public long activePartnersTotal(Collection<Long> unitIds, Instant at) {
            return ACTIVE_PARTNERS.size();
        }

        @Override
        public List<PartnerRow> activePartnerRows(Collection<Long> unitIds, Instant at, int first, int max) {
            return page(ACTIVE_PARTNERS, first, max);
        }

        @Override
        public long partnersWithStatusTotal(Collection<Long> unitIds, Instant at) {
            return PARTNERS_WITH_STATUS.size();
        }

        @Override
        public List<PartnerRow> partnerRowsByStatus(Collection<Long> unitIds, Instant at, int first, int max) {
            return page(PARTNERS_WITH_STATUS, first, max);
        }

        private static <T> List<T> page(List<T> rows, int first, int max) {
            return rows.subList(Math.min(first, rows.size()), Math.min(first + max, rows.size()));
        }
    }

    /** Raised at 00:30 on 1 July and 23:59 on 30 September in China, both still in 2026Q3. */
    private static final List<IndicatorQueries.NeedRow> NEEDS = List.of(
            new IndicatorQueries.NeedRow(11, 4, "MEALS", "Lunch delivered to two elderly residents",
                    Instant.parse("2026-06-30T16:30:00Z")),
            new IndicatorQueries.NeedRow(12, 3, "REPAIRS", "Stairwell lights out in building 5",
                    Instant.parse("2026-09-30T15:59:00Z")));
    private static final List<IndicatorQueries.PartnerRow> ACTIVE_PARTNERS = List.of(
            new IndicatorQueries.PartnerRow(7, "天福物业", "PROPERTY_COMPANY", 3, "ACTIVE",
                    Instant.parse("2026-03-31T16:00:00Z")));
    private static final List<IndicatorQueries.PartnerRow> PARTNERS_WITH_STATUS = List.of(
            new IndicatorQueries.PartnerRow(7, "天福物业", "PROPERTY_COMPANY", 3, "ACTIVE",
                    Instant.parse("2026-03-31T16:00:00Z")),
            new IndicatorQueries.PartnerRow(8, "广陵商会", "MERCHANT", 2, "SUSPENDED",
                    Instant.parse("2026-08-01T02:00:00Z")));
    private static final List<Long> GUANGLING_UNITS = List.of(2L, 3L, 4L, 5L, 6L);

    private static PartnerIndicators indicators() {
        PartnerIndicators indicators = new PartnerIndicators();
        indicators.queries = new Counted();
        indicators.directory = new FixedOrgDirectory(TREE);
        return indicators;
    }

    private static Map<String, Measurement> measured(long part) {
        return indicators().measure(GUANGLING, Q3, Q3).stream().filter(m -> m.partId() == part)
                .collect(Collectors.toMap(m -> m.key() + (m.category() == null ? "" : ":" + m.category()), m -> m,
                        // The dashboard pools a part's measurements the same way.
                        (a, b) -> new Measurement(a.key(), a.quarter(), a.partId(), a.category(), a.categoryZh(),
                                a.categoryEn(), a.figure().plus(b.figure()))));
    }

    private static Optional<BigDecimal> value(Map<String, Measurement> measured, String key) {
        return measured.get(key).figure().value();
    }

    @Test
    void compoundsPoolIntoTheirCommunity() {
        Map<String, Measurement> tianfu = measured(3);
        assertEquals(Optional.of(new BigDecimal("4")), value(tianfu, PartnerIndicators.RECEIVED));
        assertEquals(Optional.of(new BigDecimal("3")), value(tianfu, PartnerIndicators.RESOLVED));
        assertEquals(Optional.of(new BigDecimal("2")), value(tianfu, PartnerIndicators.CONFIRMED));
        assertEquals(Optional.of(new BigDecimal("1")), value(tianfu, PartnerIndicators.COMPLAINTS));
        assertEquals(Optional.of(new BigDecimal("66.7")), value(tianfu, PartnerIndicators.ON_TIME), "2 of 3 on time");
        assertEquals(Optional.of(new BigDecimal("1.0")), value(tianfu, PartnerIndicators.HOURS_TO_RESOLVE),
                "180 minutes over 3 resolved orders");
        assertEquals(Optional.of(new BigDecimal("4.67")), value(tianfu, PartnerIndicators.SATISFACTION), "14 / 3");
        assertEquals(Optional.of(new BigDecimal("3")), value(tianfu, PartnerIndicators.BY_CATEGORY + ":ELEVATOR"));
        assertEquals(Optional.of(new BigDecimal("2")), value(tianfu, PartnerIndicators.UNMATCHED_NEEDS));
    }

    @Test
    void aShareOrAMeanOverNothingIsAbsentNotZero() {
        Map<String, Measurement> tianyi = measured(6);
        assertEquals(Optional.of(new BigDecimal("2")), value(tianyi, PartnerIndicators.RECEIVED));
        assertEquals(Optional.of(BigDecimal.ZERO), value(tianyi, PartnerIndicators.RESOLVED));
        assertTrue(value(tianyi, PartnerIndicators.ON_TIME).isEmpty());
        assertTrue(value(tianyi, PartnerIndicators.HOURS_TO_RESOLVE).isEmpty());
        assertTrue(value(tianyi, PartnerIndicators.SATISFACTION).isEmpty());
    }

    @Test
    void partnersAreCountedByKindAndByStatusWhereTheyAreHomed() {
        Map<String, Measurement> tianfu = measured(3);
        Measurement merchants = tianfu.get(PartnerIndicators.PARTNERS_BY_KIND + ":MERCHANT");
        assertEquals(Optional.of(new BigDecimal("4")), merchants.figure().value());
        assertEquals("商户与企业", merchants.categoryZh());
        assertEquals(Optional.of(new BigDecimal("4")), value(tianfu, PartnerIndicators.PARTNERS_BY_STATUS + ":ACTIVE"));
        Measurement suspended = measured(2).get(PartnerIndicators.PARTNERS_BY_STATUS + ":SUSPENDED");
        assertEquals(Optional.of(new BigDecimal("1")), suspended.figure().value(), "homed at the subdistrict itself");
        assertEquals("已暂停", suspended.categoryZh());
        assertEquals("Suspended", suspended.categoryEn());
    }

    @Test
    void unitsOutsideThePlaceAreNotCounted() {
        assertTrue(indicators().measure(GUANGLING, Q3, Q3).stream().noneMatch(m -> m.partId() == 99));
    }

    private static FigureRows rows(String key, int first, int max, Locale locale) {
        return indicators().rows(key, GUANGLING_UNITS, Q3, first, max, locale);
    }

    private static List<String> headings(FigureRows rows) {
        return rows.columns().stream().map(FigureRows.Column::heading).toList();
    }

    @Test
    void unmatchedNeedsAreListedByTheDayRaisedInChinaWithoutWhoReportedThem() {
        FigureRows needs = rows(PartnerIndicators.UNMATCHED_NEEDS, 0, 50, KernelBundle.ENGLISH);
        assertEquals(List.of("Raised on", "Community or compound", "Category", "Need"), headings(needs));
        assertEquals(2, needs.total());
        assertEquals(List.of("2026-07-01", "unit 4", "Meals", "Lunch delivered to two elderly residents"),
                needs.rows().get(0).cells());
        assertEquals(List.of("2026-09-30", "unit 3", "Repairs", "Stairwell lights out in building 5"),
                needs.rows().get(1).cells());
        assertNull(needs.rows().get(0).link(), "a single need has no page of its own");
        assertEquals("助餐", rows(PartnerIndicators.UNMATCHED_NEEDS, 0, 50, KernelBundle.CHINESE).rows().get(0).cells()
                .get(2));
    }

    @Test
    void activePartnersShowTheirKindHomeAndTheDayTheyBecameActiveAndLinkToTheirPage() {
        FigureRows partners = rows(PartnerIndicators.PARTNERS_BY_KIND, 0, 50, KernelBundle.CHINESE);
        assertEquals(List.of("合伙人", "类别", "登记单位", "开始合作日期"), headings(partners));
        assertEquals(1, partners.total());
        assertEquals(List.of("天福物业", "物业公司", "unit 3", "2026-04-01"), partners.rows().get(0).cells());
        assertEquals("/partners/partner.xhtml?id=7", partners.rows().get(0).link());
    }

    @Test
    void partnersByStatusShowTheStatusAtTheQuarterEndInTheReadersLanguage() {
        FigureRows partners = rows(PartnerIndicators.PARTNERS_BY_STATUS, 0, 50, KernelBundle.ENGLISH);
        assertEquals(List.of("Partner", "Kind", "Status at the quarter's end", "Registered with"), headings(partners));
        assertEquals(2, partners.total());
        assertEquals(List.of("广陵商会", "Merchant or enterprise", "Suspended", "unit 2"), partners.rows().get(1).cells());
        assertEquals("/partners/partner.xhtml?id=8", partners.rows().get(1).link());
    }

    @Test
    void aPageHoldsAtMostMaxRowsFromFirstAndKeepsTheTotal() {
        FigureRows second = rows(PartnerIndicators.PARTNERS_BY_STATUS, 1, 1, KernelBundle.ENGLISH);
        assertEquals(1, second.rows().size());
        assertEquals("广陵商会", second.rows().get(0).cells().get(0));
        assertEquals(2, second.total());
        FigureRows countOnly = rows(PartnerIndicators.UNMATCHED_NEEDS, 0, 0, KernelBundle.ENGLISH);
        assertEquals(List.of(), countOnly.rows());
        assertEquals(2, countOnly.total());
        assertEquals(4, countOnly.columns().size(), "the headings come even without rows");
    }

    @Test
    void noUnitsListNothing() {
        FigureRows none = indicators().rows(PartnerIndicators.PARTNERS_BY_KIND, List.of(), Q3, 0, 50, KernelBundle.ENGLISH);
        assertEquals(List.of(), none.rows());
        assertEquals(0, none.total());
    }

    @Test
    void figuresOnTheWorkOrderBoardAndUnknownOnesHaveNoRowsHere() {
        for (String key : List.of(PartnerIndicators.RECEIVED, PartnerIndicators.BY_CATEGORY, "needs.matched")) {
            assertThrows(IllegalArgumentException.class, () -> rows(key, 0, 50, KernelBundle.ENGLISH), key);
        }
    }

    @Test
    void exactlyTheFiguresListedHereHaveNoRowsPage() {
        Set<String> listedHere = Set.of(PartnerIndicators.UNMATCHED_NEEDS, PartnerIndicators.PARTNERS_BY_KIND,
                PartnerIndicators.PARTNERS_BY_STATUS);
        for (IndicatorDefinition d : indicators().definitions()) {
            assertEquals(listedHere.contains(d.key()), d.rowsPage() == null, d.key());
            if (listedHere.contains(d.key())) {
                for (Locale locale : List.of(KernelBundle.CHINESE, KernelBundle.ENGLISH)) {
                    assertTrue(headings(rows(d.key(), 0, 1, locale)).stream().noneMatch(h -> h.startsWith("rows.")),
                            d.key() + " worded in " + locale);
                }
            }
        }
    }
}
