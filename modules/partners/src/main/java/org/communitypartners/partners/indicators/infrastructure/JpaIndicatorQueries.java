package org.communitypartners.partners.indicators.infrastructure;

import static org.communitypartners.kernel.api.persistence.NativeSql.idList;
import static org.communitypartners.kernel.api.persistence.NativeSql.longOf;
import static org.communitypartners.kernel.api.persistence.NativeSql.utc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.partners.api.PartnerStatus;
import org.communitypartners.partners.indicators.domain.IndicatorQueries;
import org.communitypartners.partners.infrastructure.PartnersPersistence;

/**
 * Native SQL: minutes between two columns and grouping by an expression have no JPQL form.
 * Id lists are numbers written into the statement (never text from a request), which keeps one
 * statement for any number of units. A figure's count, total and rows read the same FROM and
 * WHERE, so the rows listed are exactly those counted.
 */
@ApplicationScoped
public class JpaIndicatorQueries implements IndicatorQueries {
    /** The finest unit an order carries. */
    private static final String ORDER_UNIT = "COALESCE(compound_id, community_id)";

    @PersistenceContext(unitName = PartnersPersistence.UNIT)
    private EntityManager em;

    @Override
    public List<OrderTally> orders(OrgLevel level, Collection<Long> ids, Instant from, Instant to) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery("SELECT " + ORDER_UNIT + ", COUNT(*),"
                + " SUM(CASE WHEN resolved_at IS NOT NULL THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN resolved_at IS NOT NULL AND resolved_at <= resolve_due_at THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN confirmed_at IS NOT NULL THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN complaint THEN 1 ELSE 0 END),"
                + " SUM(COALESCE(rating, 0)), COUNT(rating),"
                + " SUM(CASE WHEN resolved_at IS NOT NULL THEN TIMESTAMPDIFF(MINUTE, submitted_at, resolved_at) ELSE 0 END)"
                + " FROM work_order WHERE " + orderFilter(level, ids) + " AND submitted_at >= ? AND submitted_at < ?"
                + " GROUP BY " + ORDER_UNIT);
        return rows(period(query, from, to)).stream().map(r -> new OrderTally(longOf(r[0]), longOf(r[1]),
                longOf(r[2]), longOf(r[3]), longOf(r[4]), longOf(r[5]), longOf(r[6]), longOf(r[7]), longOf(r[8])))
                .toList();
    }

    @Override
    public List<CategoryCount> ordersByCategory(OrgLevel level, Collection<Long> ids, Instant from, Instant to) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery("SELECT " + ORDER_UNIT + ", o.category_code, c.name_zh, c.name_en, COUNT(*)"
                + " FROM work_order o JOIN work_order_category c ON c.code = o.category_code"
                + " WHERE " + orderFilter(level, ids) + " AND submitted_at >= ? AND submitted_at < ?"
                + " GROUP BY " + ORDER_UNIT + ", o.category_code, c.name_zh, c.name_en");
        return rows(period(query, from, to)).stream().map(r -> new CategoryCount(longOf(r[0]), (String) r[1],
                (String) r[2], (String) r[3], longOf(r[4]))).toList();
    }

    @Override
    public List<UnitCount> unmatchedNeeds(Collection<Long> unitIds, Instant from, Instant to) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery("SELECT unit_id, COUNT(*)" + openNeeds(unitIds) + " GROUP BY unit_id");
        return rows(period(query, from, to)).stream().map(r -> new UnitCount(longOf(r[0]), longOf(r[1]))).toList();
    }

    @Override
    public long unmatchedNeedsTotal(Collection<Long> unitIds, Instant from, Instant to) {
        if (unitIds.isEmpty()) {
            return 0;
        }
        return longOf(period(em.createNativeQuery("SELECT COUNT(*)" + openNeeds(unitIds)), from, to).getSingleResult());
    }

    @Override
    public List<NeedRow> unmatchedNeedRows(Collection<Long> unitIds, Instant from, Instant to, int first, int max) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery("SELECT id, unit_id, category, description, created_at" + openNeeds(unitIds)
                + " ORDER BY created_at, id LIMIT ? OFFSET ?");
        return rows(bind(query, utc(from), utc(to), max, first)).stream().map(r -> new NeedRow(longOf(r[0]),
                longOf(r[1]), (String) r[2], (String) r[3], instant(r[4]))).toList();
    }

    @Override
    public List<CategoryCount> activePartnersByKind(Collection<Long> unitIds, Instant at) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery("SELECT p.home_unit_id, p.kind, COUNT(*)" + activePartners(unitIds)
                + " GROUP BY p.home_unit_id, p.kind");
        return rows(bind(query, utc(at))).stream().map(r -> new CategoryCount(longOf(r[0]), (String) r[1], null, null,
                longOf(r[2]))).toList();
    }

    @Override
    public long activePartnersTotal(Collection<Long> unitIds, Instant at) {
        if (unitIds.isEmpty()) {
            return 0;
        }
        return longOf(bind(em.createNativeQuery("SELECT COUNT(*)" + activePartners(unitIds)), utc(at)).getSingleResult());
    }

    @Override
    public List<PartnerRow> activePartnerRows(Collection<Long> unitIds, Instant at, int first, int max) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery("SELECT p.id, p.name, p.kind, p.home_unit_id, " + lastChangeBefore("taken_at")
                + activePartners(unitIds) + " ORDER BY p.kind, p.name, p.id LIMIT ? OFFSET ?");
        return rows(bind(query, utc(at), utc(at), max, first)).stream().map(r -> new PartnerRow(longOf(r[0]),
                (String) r[1], (String) r[2], longOf(r[3]), PartnerStatus.ACTIVE.name(), instant(r[4]))).toList();
    }

    @Override
    public List<CategoryCount> partnersByStatus(Collection<Long> unitIds, Instant at) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery("SELECT s.home_unit_id, s.status, COUNT(*)" + partnersWithStatus(unitIds)
                + " GROUP BY s.home_unit_id, s.status");
        return rows(bind(query, utc(at), utc(at))).stream().map(r -> new CategoryCount(longOf(r[0]), (String) r[1],
                null, null, longOf(r[2]))).toList();
    }

    @Override
    public long partnersWithStatusTotal(Collection<Long> unitIds, Instant at) {
        if (unitIds.isEmpty()) {
            return 0;
        }
        return longOf(bind(em.createNativeQuery("SELECT COUNT(*)" + partnersWithStatus(unitIds)), utc(at), utc(at))
                .getSingleResult());
    }

    @Override
    public List<PartnerRow> partnerRowsByStatus(Collection<Long> unitIds, Instant at, int first, int max) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery("SELECT s.id, s.name, s.kind, s.home_unit_id, s.status, s.changed_at"
                + partnersWithStatus(unitIds) + " ORDER BY s.status, s.name, s.id LIMIT ? OFFSET ?");
        return rows(bind(query, utc(at), utc(at), max, first)).stream().map(r -> new PartnerRow(longOf(r[0]),
                (String) r[1], (String) r[2], longOf(r[3]), (String) r[4], instant(r[5]))).toList();
    }

    /** Needs recorded in the period (two parameters) that are still open: no offer has met them. */
    private static String openNeeds(Collection<Long> unitIds) {
        return " FROM need WHERE unit_id IN (" + idList(unitIds) + ") AND status = 'OPEN'"
                + " AND created_at >= ? AND created_at < ?";
    }

    /** Partners homed in the units that were active at the instant (one parameter). */
    private static String activePartners(Collection<Long> unitIds) {
        return " FROM partner p WHERE p.home_unit_id IN (" + idList(unitIds) + ") AND 'ACTIVE' = "
                + lastChangeBefore("to_status");
    }

    /**
     * Partners homed in the units with the status each had at the instant and since when (two
     * parameters, both the instant); those with no change before it had not applied yet.
     */
    private static String partnersWithStatus(Collection<Long> unitIds) {
        return " FROM (SELECT p.id, p.name, p.kind, p.home_unit_id, " + lastChangeBefore("to_status") + " AS status, "
                + lastChangeBefore("taken_at") + " AS changed_at FROM partner p WHERE p.home_unit_id IN ("
                + idList(unitIds) + ")) s WHERE s.status IS NOT NULL";
    }

    /** A partner's status at an instant is the last change before it (the history is kept whole). */
    private static String lastChangeBefore(String column) {
        return "(SELECT c." + column + " FROM partner_status_change c WHERE c.partner_id = p.id AND c.taken_at < ?"
                + " ORDER BY c.taken_at DESC, c.id DESC LIMIT 1)";
    }

    private static String orderFilter(OrgLevel level, Collection<Long> ids) {
        String column = switch (level) {
            case CITY, SUBDISTRICT -> "subdistrict_id";
            case COMMUNITY -> "community_id";
            case COMPOUND -> "compound_id";
        };
        return column + " IN (" + idList(ids) + ")";
    }

    private static Query period(Query query, Instant from, Instant to) {
        return bind(query, utc(from), utc(to));
    }

    /** Binds the statement's {@code ?} in the order they are written. */
    private static Query bind(Query query, Object... values) {
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 1, values[i]);
        }
        return query;
    }

    /** A stored UTC time as the driver hands it back (a Timestamp or a LocalDateTime). */
    private static Instant instant(Object value) {
        LocalDateTime utc = value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
        return utc.toInstant(ZoneOffset.UTC);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }
}
