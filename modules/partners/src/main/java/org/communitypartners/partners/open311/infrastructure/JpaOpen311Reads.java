package org.communitypartners.partners.open311.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import org.communitypartners.partners.api.WorkOrderStatus;
import org.communitypartners.partners.infrastructure.PartnersPersistence;
import org.communitypartners.partners.open311.domain.Open311Reads;
import org.communitypartners.partners.open311.domain.RequestWindow;
import org.communitypartners.partners.orders.domain.TimelineEntry;
import org.communitypartners.partners.orders.domain.WorkOrder;

@ApplicationScoped
public class JpaOpen311Reads implements Open311Reads {

    @PersistenceContext(unitName = PartnersPersistence.UNIT)
    private EntityManager em;

    @Override
    public List<WorkOrder> requestsById(long subdistrictId, Collection<Long> ids) {
        return em.createQuery("SELECT o FROM WorkOrder o WHERE o.subdistrictId = :subdistrict AND o.id IN :ids"
                        + " ORDER BY o.id DESC", WorkOrder.class)
                .setParameter("subdistrict", subdistrictId).setParameter("ids", nonEmpty(ids)).getResultList();
    }

    @Override
    public List<WorkOrder> requests(long subdistrictId, RequestWindow window, Collection<WorkOrderStatus> statuses,
                                    Collection<String> categoryCodes, int limit) {
        String jpql = "SELECT o FROM WorkOrder o WHERE o.subdistrictId = :subdistrict AND o.submittedAt >= :from"
                + " AND o.submittedAt <= :to AND o.status IN :statuses"
                + (categoryCodes.isEmpty() ? "" : " AND o.categoryCode IN :categories")
                + " ORDER BY o.submittedAt DESC, o.id DESC";
        TypedQuery<WorkOrder> query = em.createQuery(jpql, WorkOrder.class)
                .setParameter("subdistrict", subdistrictId).setParameter("from", window.from())
                .setParameter("to", window.to()).setParameter("statuses", statuses);
        if (!categoryCodes.isEmpty()) {
            query.setParameter("categories", categoryCodes);
        }
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public List<TimelineEntry> latestEntries(Collection<Long> orderIds, Collection<TimelineEntry.Kind> kinds) {
        if (orderIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT e FROM TimelineEntry e WHERE e.id IN (SELECT MAX(x.id) FROM TimelineEntry x"
                        + " WHERE x.orderId IN :orders AND x.kind IN :kinds GROUP BY x.orderId)", TimelineEntry.class)
                .setParameter("orders", orderIds).setParameter("kinds", kinds).getResultList();
    }

    @Override
    public List<TimelineEntry> entries(long subdistrictId, RequestWindow window, Collection<TimelineEntry.Kind> kinds,
                                       int limit) {
        return em.createQuery("SELECT e FROM TimelineEntry e, WorkOrder o WHERE o.id = e.orderId"
                        + " AND o.subdistrictId = :subdistrict AND e.at >= :from AND e.at <= :to AND e.kind IN :kinds"
                        + " ORDER BY e.at, e.id", TimelineEntry.class)
                .setParameter("subdistrict", subdistrictId).setParameter("from", window.from())
                .setParameter("to", window.to()).setParameter("kinds", kinds).setMaxResults(limit).getResultList();
    }

    private static Collection<Long> nonEmpty(Collection<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids;
    }
}
