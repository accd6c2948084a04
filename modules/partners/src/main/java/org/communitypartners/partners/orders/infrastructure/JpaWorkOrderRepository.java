package org.communitypartners.partners.orders.infrastructure;

import static org.communitypartners.kernel.api.persistence.NativeSql.longOf;
import static org.communitypartners.kernel.api.persistence.NativeSql.utc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.partners.api.WorkOrderStatus;
import org.communitypartners.partners.infrastructure.PartnersPersistence;
import org.communitypartners.partners.orders.domain.DispatchRule;
import org.communitypartners.partners.orders.domain.Escalation;
import org.communitypartners.partners.orders.domain.Photo;
import org.communitypartners.partners.orders.domain.Reporter;
import org.communitypartners.partners.orders.domain.ReporterNotice;
import org.communitypartners.partners.orders.domain.TimelineEntry;
import org.communitypartners.partners.orders.domain.WorkOrder;
import org.communitypartners.partners.orders.domain.WorkOrderCategory;
import org.communitypartners.partners.orders.domain.WorkOrderRepository;

@ApplicationScoped
public class JpaWorkOrderRepository implements WorkOrderRepository {
    private static final Map<String, String> SORTABLE = Map.of("id", "o.id", "submittedAt", "o.submittedAt",
            "status", "o.status", "categoryCode", "o.categoryCode", "resolveDueAt", "o.resolveDueAt");
    private static final List<WorkOrderStatus> FINISHED = List.of(WorkOrderStatus.CONFIRMED, WorkOrderStatus.CLOSED);
    /** Statuses in which a deadline can still be missed (resolved orders wait for the resident). */
    private static final List<WorkOrderStatus> RUNNING = List.of(WorkOrderStatus.SUBMITTED, WorkOrderStatus.DISPATCHED,
            WorkOrderStatus.ACCEPTED, WorkOrderStatus.IN_PROGRESS, WorkOrderStatus.REOPENED);

    @PersistenceContext(unitName = PartnersPersistence.UNIT)
    private EntityManager em;

    @Override
    public Optional<WorkOrder> find(long id) {
        return Optional.ofNullable(em.find(WorkOrder.class, id));
    }

    @Override
    public WorkOrder add(WorkOrder order) {
        em.persist(order);
        em.flush();
        return order;
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<WorkOrderCategory> categories() {
        return em.createQuery("SELECT c FROM WorkOrderCategory c ORDER BY c.sortOrder, c.code", WorkOrderCategory.class)
                .getResultList();
    }

    @Override
    public Optional<WorkOrderCategory> category(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(WorkOrderCategory.class, code));
    }

    @Override
    public TimelineEntry record(TimelineEntry entry) {
        em.persist(entry);
        em.flush();
        return entry;
    }

    @Override
    public List<TimelineEntry> timeline(long orderId) {
        return em.createQuery("SELECT e FROM TimelineEntry e WHERE e.orderId = :order ORDER BY e.id", TimelineEntry.class)
                .setParameter("order", orderId).getResultList();
    }

    @Override
    public Reporter add(Reporter reporter) {
        em.persist(reporter);
        em.flush();
        return reporter;
    }

    @Override
    public List<Reporter> reporters(long orderId) {
        return em.createQuery("SELECT r FROM Reporter r WHERE r.orderId = :order ORDER BY r.id", Reporter.class)
                .setParameter("order", orderId).getResultList();
    }

    @Override
    public List<Reporter> firstReporters(Collection<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM Reporter r WHERE r.orderId IN :orders AND r.firstReporter = TRUE",
                Reporter.class).setParameter("orders", orderIds).getResultList();
    }

    @Override
    public Optional<Reporter> reporterByTrackingCode(String code) {
        return em.createQuery("SELECT r FROM Reporter r WHERE r.trackingCode = :code", Reporter.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public void add(ReporterNotice notice) {
        em.persist(notice);
    }

    @Override
    public List<ReporterNotice> notices(long reporterId) {
        return em.createQuery("SELECT n FROM ReporterNotice n WHERE n.reporterId = :reporter ORDER BY n.id DESC",
                ReporterNotice.class).setParameter("reporter", reporterId).setMaxResults(50).getResultList();
    }

    @Override
    public void add(Photo photo) {
        em.persist(photo);
    }

    @Override
    public List<PhotoInfo> photos(long orderId) {
        return em.createQuery("SELECT NEW " + PhotoInfo.class.getName().replace('$', '.')
                        + "(p.id, p.eventId, p.contentType, p.sizeBytes) FROM Photo p WHERE p.orderId = :order ORDER BY p.id",
                PhotoInfo.class).setParameter("order", orderId).getResultList();
    }

    @Override
    public Optional<Photo> photo(long photoId) {
        return Optional.ofNullable(em.find(Photo.class, photoId));
    }

    @Override
    public List<DispatchRule> dispatchRules(Collection<Long> unitIds) {
        return em.createQuery("SELECT r FROM DispatchRule r WHERE r.unitId IN :units ORDER BY r.categoryCode, r.id",
                DispatchRule.class).setParameter("units", unitIds.isEmpty() ? List.of(-1L) : unitIds).getResultList();
    }

    @Override
    public Optional<DispatchRule> dispatchRule(long id) {
        return Optional.ofNullable(em.find(DispatchRule.class, id));
    }

    @Override
    public DispatchRule add(DispatchRule rule) {
        em.persist(rule);
        em.flush();
        return rule;
    }

    @Override
    public void remove(DispatchRule rule) {
        em.remove(rule);
    }

    /**
     * Pages in two steps: the page's ids from the index alone, then those rows. Deep pages then
     * skip over index entries instead of whole rows (page 10,000 of a million orders: about
     * 0.1 s instead of 1 s, see BENCHMARKS.md).
     */
    @Override
    public List<WorkOrder> list(OrderFilter filter, PageRequest page) {
        List<Long> ids = filtered("SELECT o.id FROM WorkOrder o", filter, page.orderBy(SORTABLE, "o.id DESC"),
                Long.class).setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, WorkOrder> rows = em.createQuery("SELECT o FROM WorkOrder o WHERE o.id IN :ids", WorkOrder.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(WorkOrder::getId, Function.identity()));
        return ids.stream().map(rows::get).toList();
    }

    /** Counts at most {@code cap} + 1 orders: enough for a paginator, cheap however many there are. */
    @Override
    public long count(OrderFilter filter, long cap) {
        return filtered("SELECT o.id FROM WorkOrder o", filter, "", Long.class).setMaxResults((int) cap + 1)
                .getResultList().size();
    }

    /** The select, the filter's conditions, then {@code tail}: the order. */
    private <T> TypedQuery<T> filtered(String select, OrderFilter filter, String tail, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" WHERE 1 = 1");
        if (filter.communityIds() != null) {
            jpql.append(" AND o.communityId IN :communities");
        }
        if (filter.partnerId() != null) {
            jpql.append(" AND o.partnerId = :partner");
        }
        if (filter.status() != null) {
            jpql.append(" AND o.status = :status");
        }
        if (filter.categoryCode() != null) {
            jpql.append(" AND o.categoryCode = :category");
        }
        if (filter.compoundId() != null) {
            jpql.append(" AND o.compoundId = :compound");
        }
        if (filter.overdueOnly()) {
            jpql.append(" AND o.status IN :running AND ((o.acceptedAt IS NULL AND o.acceptDueAt < :now)"
                    + " OR o.resolveDueAt < :now)");
        }
        if (filter.escalatedOnly()) {
            jpql.append(" AND o.escalation <> :none AND o.status NOT IN :finished");
        }
        if (filter.orderNumber() != null) {
            jpql.append(" AND o.id = :number");
        }
        if (filter.submittedFrom() != null) {
            jpql.append(" AND o.submittedAt >= :submittedFrom AND o.submittedAt < :submittedTo");
        }
        TypedQuery<T> query = em.createQuery(jpql + tail, type);
        if (filter.communityIds() != null) {
            query.setParameter("communities", filter.communityIds().isEmpty() ? List.of(-1L) : filter.communityIds());
        }
        if (filter.partnerId() != null) {
            query.setParameter("partner", filter.partnerId());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.categoryCode() != null) {
            query.setParameter("category", filter.categoryCode());
        }
        if (filter.compoundId() != null) {
            query.setParameter("compound", filter.compoundId());
        }
        if (filter.overdueOnly()) {
            query.setParameter("running", RUNNING).setParameter("now", filter.now());
        }
        if (filter.escalatedOnly()) {
            query.setParameter("none", Escalation.NONE).setParameter("finished", FINISHED);
        }
        if (filter.orderNumber() != null) {
            query.setParameter("number", filter.orderNumber());
        }
        if (filter.submittedFrom() != null) {
            query.setParameter("submittedFrom", filter.submittedFrom()).setParameter("submittedTo", filter.submittedTo());
        }
        return query;
    }

    @Override
    public List<WorkOrder> openAt(String categoryCode, long compoundId, Instant since, int limit) {
        return em.createQuery("SELECT o FROM WorkOrder o WHERE o.compoundId = :compound AND o.categoryCode = :category"
                        + " AND o.status NOT IN :finished AND o.submittedAt >= :since ORDER BY o.submittedAt DESC",
                        WorkOrder.class)
                .setParameter("compound", compoundId).setParameter("category", categoryCode)
                .setParameter("finished", FINISHED).setParameter("since", since).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Long> escalationCandidates(Instant now, int limit) {
        return em.createQuery("SELECT o.id FROM WorkOrder o WHERE o.status IN :running AND ("
                                + "(o.escalation = :none AND o.acceptedAt IS NULL AND o.acceptDueAt < :now)"
                                + " OR (o.escalation <> :resolve AND o.resolveDueAt < :now)) ORDER BY o.id",
                        Long.class)
                .setParameter("running", RUNNING).setParameter("none", Escalation.NONE)
                .setParameter("resolve", Escalation.RESOLVE_OVERDUE).setParameter("now", now)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public PartnerFigures figures(long partnerId, Instant from, Instant to) {
        // Native SQL: JPQL sends CASE's literals as parameters, and H2 cannot sum an untyped parameter;
        // minutes between two columns have no JPQL form either (TIMESTAMPDIFF is understood by both).
        Object[] row = (Object[]) em.createNativeQuery("SELECT COUNT(*),"
                        + " SUM(CASE WHEN resolved_at IS NOT NULL THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN resolved_at IS NOT NULL AND resolved_at <= resolve_due_at THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN confirmed_at IS NOT NULL THEN 1 ELSE 0 END),"
                        + " AVG(CAST(rating AS DECIMAL(6, 4))), COUNT(rating),"
                        + " SUM(CASE WHEN complaint THEN 1 ELSE 0 END),"
                        + " AVG(CASE WHEN resolved_at IS NOT NULL THEN TIMESTAMPDIFF(MINUTE, submitted_at, resolved_at) END)"
                        + " FROM work_order WHERE partner_id = ? AND submitted_at >= ? AND submitted_at < ?")
                .setParameter(1, partnerId).setParameter(2, utc(from)).setParameter(3, utc(to)).getSingleResult();
        return new PartnerFigures(longOf(row[0]), longOf(row[1]), longOf(row[2]), longOf(row[3]),
                row[7] == null ? null : ((Number) row[7]).doubleValue(),
                row[4] == null ? null : ((Number) row[4]).doubleValue(), longOf(row[5]), longOf(row[6]));
    }

    @Override
    public List<CompoundCount> complaints(long subdistrictId, Instant from, Instant to) {
        return em.createQuery("SELECT NEW " + CompoundCount.class.getName().replace('$', '.')
                        + "(o.compoundId, COUNT(o)) FROM WorkOrder o WHERE o.subdistrictId = :subdistrict"
                        + " AND o.complaint = TRUE AND o.compoundId IS NOT NULL AND o.submittedAt >= :from"
                        + " AND o.submittedAt < :to GROUP BY o.compoundId ORDER BY o.compoundId", CompoundCount.class)
                .setParameter("subdistrict", subdistrictId).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }
}
