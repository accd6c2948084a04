package org.communitypartners.merchants.meals.infrastructure;

import static org.communitypartners.kernel.api.persistence.NativeSql.idList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.merchants.eligibility.domain.EligibilityCategory;
import org.communitypartners.merchants.library.infrastructure.MerchantsPersistence;
import org.communitypartners.merchants.meals.domain.MealCodeUse;
import org.communitypartners.merchants.meals.domain.MealMenu;
import org.communitypartners.merchants.meals.domain.MealOrder;
import org.communitypartners.merchants.meals.domain.MealPoint;
import org.communitypartners.merchants.meals.domain.MealRepository;
import org.communitypartners.merchants.meals.domain.MealSet;
import org.communitypartners.merchants.meals.domain.OrderStatus;
import org.communitypartners.merchants.meals.domain.Reconciliation;
import org.communitypartners.merchants.meals.domain.ServingMode;
import org.communitypartners.merchants.meals.domain.SubsidySettlement;

@ApplicationScoped
public class JpaMealRepository implements MealRepository {

    @PersistenceContext(unitName = MerchantsPersistence.UNIT)
    private EntityManager em;

    @Override
    public Optional<MealPoint> point(long id) {
        return Optional.ofNullable(em.find(MealPoint.class, id));
    }

    @Override
    public Optional<MealPoint> lockPoint(long id) {
        MealPoint managed = em.find(MealPoint.class, id);
        if (managed == null) {
            return Optional.empty();
        }
        // A locking read always reads the latest committed row, whatever this transaction read before.
        em.refresh(managed, LockModeType.PESSIMISTIC_WRITE);
        return Optional.of(managed);
    }

    @Override
    public MealPoint add(MealPoint point) {
        em.persist(point);
        em.flush();
        return point;
    }

    @Override
    public List<MealPoint> points(PointFilter filter) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.communityIds() != null) {
            where.append(" AND p.communityId IN :communities");
            parameters.put("communities", filter.communityIds());
        }
        if (filter.partnerId() != null) {
            where.append(" AND p.partnerId = :partner");
            parameters.put("partner", filter.partnerId());
        }
        if (filter.communityId() != null) {
            where.append(" AND p.communityId = :community");
            parameters.put("community", filter.communityId());
        }
        TypedQuery<MealPoint> query = em.createQuery("SELECT p FROM MealPoint p" + where
                + " ORDER BY p.communityId, p.name, p.id", MealPoint.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(PageRequest.MAX_SIZE).getResultList();
    }

    @Override
    public List<MealSet> sets(long mealPointId) {
        return em.createQuery("SELECT s FROM MealSet s WHERE s.mealPointId = :point ORDER BY s.name, s.id", MealSet.class)
                .setParameter("point", mealPointId).getResultList();
    }

    @Override
    public Optional<MealSet> set(long id) {
        return Optional.ofNullable(em.find(MealSet.class, id));
    }

    @Override
    public MealSet add(MealSet set) {
        em.persist(set);
        em.flush();
        return set;
    }

    @Override
    public List<MealMenu> menus(long mealPointId, LocalDate day) {
        return em.createQuery("SELECT m FROM MealMenu m WHERE m.mealPointId = :point AND m.day = :day ORDER BY m.id",
                MealMenu.class).setParameter("point", mealPointId).setParameter("day", day).getResultList();
    }

    @Override
    public Optional<MealMenu> menu(long mealPointId, long mealSetId, LocalDate day) {
        return em.createQuery("SELECT m FROM MealMenu m WHERE m.mealPointId = :point AND m.mealSetId = :set"
                        + " AND m.day = :day", MealMenu.class).setParameter("point", mealPointId)
                .setParameter("set", mealSetId).setParameter("day", day).getResultStream().findFirst();
    }

    @Override
    public MealMenu add(MealMenu menu) {
        em.persist(menu);
        em.flush();
        return menu;
    }

    @Override
    public void remove(MealMenu menu) {
        em.remove(menu);
    }

    @Override
    public Optional<MealOrder> order(long id) {
        return Optional.ofNullable(em.find(MealOrder.class, id));
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public MealOrder add(MealOrder order) {
        em.persist(order);
        em.flush();
        return order;
    }

    @Override
    public List<MealOrder> orders(long mealPointId, LocalDate day, OrderStatus status, PageRequest page) {
        return ordersOf("SELECT o FROM MealOrder o", mealPointId, day, status, " ORDER BY o.id", MealOrder.class)
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    @Override
    public long countOrders(long mealPointId, LocalDate day, OrderStatus status) {
        return ordersOf("SELECT COUNT(o) FROM MealOrder o", mealPointId, day, status, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> ordersOf(String select, long mealPointId, LocalDate day, OrderStatus status, String tail,
                                       Class<T> type) {
        String byStatus = status == null ? "" : " AND o.status = :status";
        TypedQuery<T> query = em.createQuery(select + " WHERE o.mealPointId = :point AND o.day = :day" + byStatus + tail,
                type).setParameter("point", mealPointId).setParameter("day", day);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query;
    }

    @Override
    public long taken(long mealPointId, LocalDate day) {
        return em.createQuery("SELECT COUNT(o) FROM MealOrder o WHERE o.mealPointId = :point AND o.day = :day"
                        + " AND o.status <> :cancelled", Long.class).setParameter("point", mealPointId)
                .setParameter("day", day).setParameter("cancelled", OrderStatus.CANCELLED).getSingleResult();
    }

    @Override
    public List<SubsidySettlement.Served> served(long mealPointId, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT category, standard_price, paid_price, COUNT(*) FROM meal_order"
                        + " WHERE meal_point_id = ?1 AND meal_day >= ?2 AND meal_day < ?3 AND status = 'SERVED'"
                        + " GROUP BY category, standard_price, paid_price")
                .setParameter(1, mealPointId).setParameter(2, Date.valueOf(from)).setParameter(3, Date.valueOf(to))
                .getResultList();
        return rows.stream().map(r -> new SubsidySettlement.Served(category(r[0]), decimal(r[1]), decimal(r[2]),
                ((Number) r[3]).longValue())).toList();
    }

    @Override
    public MealCodeUse add(MealCodeUse use) {
        em.persist(use);
        return use;
    }

    @Override
    public List<Reconciliation.CodeUse> codeUses(long mealPointId, LocalDate from, LocalDate to) {
        // Plain rows, not entities: a busy month has tens of thousands of uses.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT use_id, category FROM meal_code_use WHERE meal_point_id = ?1"
                        + " AND meal_day >= ?2 AND meal_day < ?3")
                .setParameter(1, mealPointId).setParameter(2, Date.valueOf(from)).setParameter(3, Date.valueOf(to))
                .getResultList();
        return rows.stream().map(r -> new Reconciliation.CodeUse(((Number) r[0]).longValue(), category(r[1]))).toList();
    }

    @Override
    public List<Reconciliation.ServedMeal> servedSubsidised(long mealPointId, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, category, code_use_id FROM meal_order"
                        + " WHERE meal_point_id = ?1 AND meal_day >= ?2 AND meal_day < ?3 AND status = 'SERVED'"
                        + " AND category IS NOT NULL")
                .setParameter(1, mealPointId).setParameter(2, Date.valueOf(from)).setParameter(3, Date.valueOf(to))
                .getResultList();
        return rows.stream().map(r -> new Reconciliation.ServedMeal(((Number) r[0]).longValue(), category(r[1]),
                r[2] == null ? null : ((Number) r[2]).longValue())).toList();
    }

    @Override
    public List<CommunityMeals> servedPerCommunity(Collection<Long> communityIds, LocalDate from, LocalDate to) {
        if (communityIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("SELECT o.communityId, COUNT(o), SUM(o.standardPrice - o.paidPrice)"
                        + " FROM MealOrder o WHERE o.communityId IN :communities AND o.status = :served"
                        + " AND o.day >= :from AND o.day < :to GROUP BY o.communityId", Object[].class)
                .setParameter("communities", communityIds).setParameter("served", OrderStatus.SERVED)
                .setParameter("from", from).setParameter("to", to).getResultList();
        return rows.stream().map(r -> new CommunityMeals(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                decimal(r[2]))).toList();
    }

    @Override
    public List<ServedOrder> servedOrders(Collection<Long> communityIds, LocalDate from, LocalDate to, int first,
                                          int max) {
        if (communityIds.isEmpty()) {
            return List.of();
        }
        // What servedPerCommunity counts; the page is picked from its index (community, status, day; the
        // id rides along) before any order is read, so a busy quarter is sorted without reading it.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT o.id, o.meal_day, p.name, s.name, o.serving_mode,"
                        + " o.standard_price, o.paid_price FROM (SELECT id FROM meal_order WHERE community_id IN ("
                        + idList(communityIds) + ") AND status = 'SERVED' AND meal_day >= ?1 AND meal_day < ?2"
                        + " ORDER BY meal_day DESC, id DESC LIMIT ?3 OFFSET ?4) page"
                        + " JOIN meal_order o ON o.id = page.id JOIN meal_point p ON p.id = o.meal_point_id"
                        + " JOIN meal_set s ON s.id = o.meal_set_id ORDER BY o.meal_day DESC, o.id DESC")
                .setParameter(1, Date.valueOf(from)).setParameter(2, Date.valueOf(to)).setParameter(3, max)
                .setParameter(4, first).getResultList();
        return rows.stream().map(r -> new ServedOrder(((Number) r[0]).longValue(), day(r[1]), (String) r[2],
                (String) r[3], ServingMode.valueOf(r[4].toString().strip()), decimal(r[5]), decimal(r[6]))).toList();
    }

    @Override
    public long countServed(Collection<Long> communityIds, LocalDate from, LocalDate to) {
        if (communityIds.isEmpty()) {
            return 0;
        }
        return em.createQuery("SELECT COUNT(o) FROM MealOrder o WHERE o.communityId IN :communities"
                        + " AND o.status = :served AND o.day >= :from AND o.day < :to", Long.class)
                .setParameter("communities", communityIds).setParameter("served", OrderStatus.SERVED)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    private static LocalDate day(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static EligibilityCategory category(Object value) {
        return value == null ? null : EligibilityCategory.valueOf(value.toString());
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
