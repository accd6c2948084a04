package org.communitypartners.partners.indicators.infrastructure;

import static org.communitypartners.kernel.api.persistence.NativeSql.idList;
import static org.communitypartners.kernel.api.persistence.NativeSql.longOf;
import static org.communitypartners.kernel.api.persistence.NativeSql.utc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.partners.indicators.domain.IndicatorQueries;
import org.communitypartners.partners.infrastructure.PartnersPersistence;

/**
 * Native SQL: minutes between two columns and grouping by an expression have no JPQL form.
 * Id lists are numbers written into the statement (never text from a request), which keeps one
 * statement for any number of units.
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
        Query query = em.createNativeQuery("SELECT unit_id, COUNT(*) FROM need WHERE unit_id IN (" + idList(unitIds)
                + ") AND status = 'OPEN' AND created_at >= ? AND created_at < ? GROUP BY unit_id");
        return rows(period(query, from, to)).stream().map(r -> new UnitCount(longOf(r[0]), longOf(r[1]))).toList();
    }

    @Override
    public List<CategoryCount> activePartnersByKind(Collection<Long> unitIds, Instant at) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        // A partner's status at an instant is the last change before it (the history is kept whole).
        Query query = em.createNativeQuery("SELECT p.home_unit_id, p.kind, COUNT(*) FROM partner p"
                + " WHERE p.home_unit_id IN (" + idList(unitIds) + ") AND 'ACTIVE' = (SELECT c.to_status"
                + " FROM partner_status_change c WHERE c.partner_id = p.id AND c.taken_at < ?"
                + " ORDER BY c.taken_at DESC, c.id DESC LIMIT 1) GROUP BY p.home_unit_id, p.kind")
                .setParameter(1, utc(at));
        return rows(query).stream().map(r -> new CategoryCount(longOf(r[0]), (String) r[1], null, null, longOf(r[2])))
                .toList();
    }

    @Override
    public List<CategoryCount> partnersByStatus(Collection<Long> unitIds, Instant at) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery("SELECT home_unit_id, status, COUNT(*) FROM (SELECT p.home_unit_id,"
                + " (SELECT c.to_status FROM partner_status_change c WHERE c.partner_id = p.id AND c.taken_at < ?"
                + " ORDER BY c.taken_at DESC, c.id DESC LIMIT 1) AS status FROM partner p"
                + " WHERE p.home_unit_id IN (" + idList(unitIds) + ")) s WHERE status IS NOT NULL"
                + " GROUP BY home_unit_id, status")
                .setParameter(1, utc(at));
        return rows(query).stream().map(r -> new CategoryCount(longOf(r[0]), (String) r[1], null, null, longOf(r[2])))
                .toList();
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
        return query.setParameter(1, utc(from)).setParameter(2, utc(to));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }
}
