package org.communitypartners.partners.indicators.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.indicators.Measurement;
import org.communitypartners.kernel.api.indicators.Quarter;
import org.communitypartners.partners.indicators.domain.IndicatorQueries;
import org.junit.jupiter.api.Test;

/**
 * The partners' figures on a small hand-counted subdistrict: 广陵 (2) with 天福 (3, compounds 4
 * and 5) and 天一 (6). Compounds pool into their community; a share or a mean over nothing is absent.
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
    }

    private static final class Tree implements OrgDirectory {
        @Override
        public Optional<OrgUnitView> find(long unitId) {
            return TREE.stream().filter(u -> u.id() == unitId).findFirst();
        }

        @Override
        public Optional<OrgUnitView> findByCode(String code) {
            return TREE.stream().filter(u -> u.code().equals(code)).findFirst();
        }

        @Override
        public List<OrgUnitView> children(long unitId) {
            return TREE.stream().filter(u -> u.parentId() != null && u.parentId() == unitId).toList();
        }

        @Override
        public List<OrgUnitView> subtree(long unitId) {
            return TREE.stream().filter(u -> u.path().contains("/" + unitId + "/")).toList();
        }

        @Override
        public Optional<OrgUnitView> subdistrictOf(long unitId) {
            return Optional.of(GUANGLING);
        }

        @Override
        public List<OrgUnitView> searchVisible(String text, OrgLevel level, int limit) {
            return List.of();
        }
    }

    private static Map<String, Measurement> measured(long part) {
        PartnerIndicators indicators = new PartnerIndicators();
        indicators.queries = new Counted();
        indicators.directory = new Tree();
        return indicators.measure(GUANGLING, Q3, Q3).stream().filter(m -> m.partId() == part)
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
        PartnerIndicators indicators = new PartnerIndicators();
        indicators.queries = new Counted();
        indicators.directory = new Tree();
        assertTrue(indicators.measure(GUANGLING, Q3, Q3).stream().noneMatch(m -> m.partId() == 99));
    }
}
