package org.communitypartners.property.indicators.infrastructure;

import static org.communitypartners.kernel.api.persistence.NativeSql.countUpTo;
import static org.communitypartners.kernel.api.persistence.NativeSql.idList;
import static org.communitypartners.kernel.api.persistence.NativeSql.longOf;
import static org.communitypartners.kernel.api.persistence.NativeSql.utc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communitypartners.kernel.api.indicators.FigureRows;
import org.communitypartners.property.commitments.domain.Compliance;
import org.communitypartners.property.commitments.domain.Coverage;
import org.communitypartners.property.commitments.domain.Frequency;
import org.communitypartners.property.indicators.domain.PropertyFigures;
import org.communitypartners.property.infrastructure.PropertyPersistence;

/**
 * Native SQL grouped per compound (a conditional count has no JPQL form that H2 accepts). Id
 * lists are numbers written into the statement (never text from a request): one statement for
 * any count. Times are stored in UTC.
 */
@ApplicationScoped
public class JpaPropertyFigures implements PropertyFigures {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String COMMITMENT = "id, compound_id, times, frequency, coverage, starts_on";
    /**
     * A quarter's bills of many compounds, read from the covering index by compound and period.
     * Named because MariaDB's planner picks ix_property_fee_bill_unpaid for an id list with a period
     * range and then reads every bill row for its period: a city's quarter took 20.8 s instead of
     * 1.9 s (BENCHMARKS.md). H2 reads the hint too.
     */
    private static final String BILLS_BY_PERIOD = " FROM property_fee_bill USE INDEX (ix_property_fee_bill_period)";

    @PersistenceContext(unitName = PropertyPersistence.UNIT)
    private EntityManager em;

    @Override
    public Map<Long, Long> households(Collection<Long> unitIds) {
        Map<Long, Long> households = new HashMap<>();
        if (unitIds.isEmpty()) {
            return households;
        }
        rows(em.createNativeQuery("SELECT compound_id, COUNT(*) FROM property_unit WHERE compound_id IN ("
                + idList(unitIds) + ") GROUP BY compound_id"))
                .forEach(r -> households.put(longOf(r[0]), longOf(r[1])));
        return households;
    }

    @Override
    public List<Household> households(Collection<Long> unitIds, int first, int max) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return rows(page(em.createNativeQuery("SELECT u.compound_id, b.number, u.unit_number, u.exclusive_area"
                + " FROM property_unit u JOIN property_building b ON b.id = u.building_id WHERE u.compound_id IN ("
                + idList(unitIds) + ") ORDER BY u.compound_id, u.id LIMIT ? OFFSET ?"), 1, first, max))
                .stream().map(r -> new Household(longOf(r[0]), (String) r[1], (String) r[2], (BigDecimal) r[3]))
                .toList();
    }

    @Override
    public List<FeeSums> feeSums(Collection<Long> unitIds, String fromPeriod, String toPeriod) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return rows(em.createNativeQuery("SELECT compound_id, SUM(amount_due), SUM(amount_paid),"
                + " COUNT(DISTINCT unit_id), COUNT(DISTINCT CASE WHEN paid_in_full THEN NULL ELSE unit_id END)"
                + BILLS_BY_PERIOD + " WHERE compound_id IN (" + idList(unitIds) + ") AND period BETWEEN ? AND ?"
                + " GROUP BY compound_id").setParameter(1, fromPeriod).setParameter(2, toPeriod))
                .stream().map(r -> new FeeSums(longOf(r[0]), (BigDecimal) r[1], (BigDecimal) r[2], longOf(r[3]),
                        longOf(r[4]))).toList();
    }

    /** In the order of ix_property_fee_bill_period, so a page reads the index, not a sort of the quarter's bills. */
    @Override
    public List<Bill> bills(Collection<Long> unitIds, String fromPeriod, String toPeriod, int first, int max) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        // The page's ids come from the covering index alone (its key holds the id); only they are read in full.
        return rows(page(em.createNativeQuery("SELECT b.compound_id, b.unit_label, b.period, b.amount_due, b.amount_paid"
                + " FROM (SELECT id" + BILLS_BY_PERIOD + " WHERE compound_id IN (" + idList(unitIds) + ")"
                + " AND period BETWEEN ? AND ? ORDER BY compound_id, period, paid_in_full, unit_id LIMIT ? OFFSET ?) p"
                + " JOIN property_fee_bill b ON b.id = p.id ORDER BY b.compound_id, b.period, b.paid_in_full, b.unit_id")
                .setParameter(1, fromPeriod).setParameter(2, toPeriod), 3, first, max))
                .stream().map(r -> new Bill(longOf(r[0]), (String) r[1], (String) r[2], (BigDecimal) r[3],
                        (BigDecimal) r[4])).toList();
    }

    @Override
    public long billCount(Collection<Long> unitIds, String fromPeriod, String toPeriod) {
        if (unitIds.isEmpty()) {
            return 0;
        }
        return longOf(em.createNativeQuery(countUpTo(FigureRows.COUNT_LIMIT, BILLS_BY_PERIOD + " WHERE compound_id IN ("
                        + idList(unitIds) + ") AND period BETWEEN ? AND ?"))
                .setParameter(1, fromPeriod).setParameter(2, toPeriod).getSingleResult());
    }

    /**
     * Pages the units (by ix_property_unit_compound) and sums only the page's bills, instead of
     * grouping every bill of the quarter for each page. A bill is of its unit's compound (billing
     * runs per compound over its units), so these are the units feeSums counts.
     */
    @Override
    public List<BilledUnit> billedUnits(Collection<Long> unitIds, String fromPeriod, String toPeriod, int first,
                                        int max) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return rows(page(em.createNativeQuery("SELECT p.compound_id, MIN(b.unit_label), COUNT(*), SUM(b.amount_due),"
                + " SUM(b.amount_paid), MIN(CASE WHEN b.paid_in_full THEN 1 ELSE 0 END)"
                + " FROM (SELECT u.compound_id, u.id" + billedUnitsOf(unitIds) + " ORDER BY u.compound_id, u.id"
                + " LIMIT ? OFFSET ?) p JOIN property_fee_bill b ON b.unit_id = p.id AND b.period BETWEEN ? AND ?"
                + " GROUP BY p.compound_id, p.id ORDER BY p.compound_id, p.id")
                .setParameter(1, fromPeriod).setParameter(2, toPeriod)
                .setParameter(5, fromPeriod).setParameter(6, toPeriod), 3, first, max))
                .stream().map(r -> new BilledUnit(longOf(r[0]), (String) r[1], longOf(r[2]), (BigDecimal) r[3],
                        (BigDecimal) r[4], longOf(r[5]) == 1)).toList();
    }

    @Override
    public long billedUnitCount(Collection<Long> unitIds, String fromPeriod, String toPeriod) {
        if (unitIds.isEmpty()) {
            return 0;
        }
        return longOf(em.createNativeQuery(countUpTo(FigureRows.COUNT_LIMIT, billedUnitsOf(unitIds)))
                .setParameter(1, fromPeriod).setParameter(2, toPeriod).getSingleResult());
    }

    /**
     * The units with a bill in the periods (two parameters). The bills are found as feeSums finds
     * them, on ix_property_fee_bill_period: a correlated EXISTS would read the key of every bill
     * ever issued.
     */
    private static String billedUnitsOf(Collection<Long> unitIds) {
        String compounds = idList(unitIds);
        return " FROM property_unit u WHERE u.compound_id IN (" + compounds + ") AND u.id IN (SELECT unit_id"
                + BILLS_BY_PERIOD + " WHERE compound_id IN (" + compounds + ") AND period BETWEEN ? AND ?)";
    }

    @Override
    public List<Publication> publications(Collection<Long> unitIds, String quarter, LocalDate lastDay) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return rows(em.createNativeQuery("SELECT k.compound_id, MIN(s.published_at) FROM property_service_contract k"
                + " LEFT JOIN property_ledger_statement s ON s.compound_id = k.compound_id AND s.quarter = ?"
                + " AND s.status = 'PUBLISHED' WHERE k.compound_id IN (" + idList(unitIds) + ")"
                + " AND k.starts_on <= ? AND k.ends_on >= ? GROUP BY k.compound_id")
                .setParameter(1, quarter).setParameter(2, lastDay).setParameter(3, lastDay))
                .stream().map(r -> new Publication(longOf(r[0]), instant(r[1]))).toList();
    }

    @Override
    public List<PromisedService> commitments(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        String compounds = idList(unitIds);
        Map<Long, List<Long>> buildings = buildings(compounds);
        return rows(em.createNativeQuery("SELECT " + COMMITMENT + " FROM property_commitment WHERE compound_id IN ("
                + compounds + ") ORDER BY id")).stream().map(r -> promised(r, buildings)).toList();
    }

    @Override
    public List<CommitmentItem> commitments(Collection<Long> unitIds, LocalDate startedBy, int first, int max) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> page = rows(page(em.createNativeQuery("SELECT " + COMMITMENT + ", title"
                + " FROM property_commitment WHERE compound_id IN (" + idList(unitIds) + ") AND starts_on <= ?"
                + " ORDER BY compound_id, id LIMIT ? OFFSET ?").setParameter(1, startedBy), 2, first, max));
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> buildings = buildings(idList(page.stream().map(r -> longOf(r[1])).distinct().toList()));
        return page.stream().map(r -> new CommitmentItem(promised(r, buildings), (String) r[6])).toList();
    }

    @Override
    public long commitmentCount(Collection<Long> unitIds, LocalDate startedBy) {
        if (unitIds.isEmpty()) {
            return 0;
        }
        return longOf(em.createNativeQuery("SELECT COUNT(*) FROM property_commitment WHERE compound_id IN ("
                + idList(unitIds) + ") AND starts_on <= ?").setParameter(1, startedBy).getSingleResult());
    }

    private Map<Long, List<Long>> buildings(String compounds) {
        Map<Long, List<Long>> buildings = new HashMap<>();
        rows(em.createNativeQuery("SELECT compound_id, id FROM property_building WHERE compound_id IN (" + compounds
                + ") ORDER BY id")).forEach(r -> buildings.computeIfAbsent(longOf(r[0]), c -> new ArrayList<>())
                .add(longOf(r[1])));
        return buildings;
    }

    /** A row starting with the columns of {@link #COMMITMENT}. */
    private static PromisedService promised(Object[] r, Map<Long, List<Long>> buildings) {
        return new PromisedService(longOf(r[0]), longOf(r[1]), new Compliance.Terms((int) longOf(r[2]),
                Frequency.valueOf((String) r[3]), Coverage.valueOf((String) r[4]), day(r[5])),
                buildings.getOrDefault(longOf(r[1]), List.of()));
    }

    @Override
    public Map<Long, List<Compliance.Visit>> visits(Collection<Long> commitmentIds, Instant from, Instant to) {
        Map<Long, List<Compliance.Visit>> visits = new HashMap<>();
        if (commitmentIds.isEmpty()) {
            return visits;
        }
        rows(em.createNativeQuery("SELECT commitment_id, checked_at, building_id FROM property_commitment_checkin"
                + " WHERE commitment_id IN (" + idList(commitmentIds) + ") AND checked_at >= ? AND checked_at < ?")
                .setParameter(1, utc(from)).setParameter(2, utc(to)))
                .forEach(r -> visits.computeIfAbsent(longOf(r[0]), c -> new ArrayList<>()).add(new Compliance.Visit(
                        LocalDate.ofInstant(instant(r[1]), CHINA), r[2] == null ? null : longOf(r[2]))));
        return visits;
    }

    /** Binds {@code LIMIT ? OFFSET ?} at the given position. */
    private static Query page(Query query, int position, int first, int max) {
        return query.setParameter(position, max).setParameter(position + 1, first);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    /** A stored UTC time as the driver hands it back (a Timestamp or a LocalDateTime). */
    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        LocalDateTime time = value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
        return time.toInstant(ZoneOffset.UTC);
    }

    private static LocalDate day(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
