package org.communitypartners.kernel.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.domain.AuditEntry;
import org.communitypartners.kernel.domain.AuditRepository;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {
    private static final Map<String, String> SORTABLE = Map.of(
            "occurredAt", "e.occurredAt", "actor", "e.actor", "action", "e.action", "result", "e.result");

    @PersistenceContext(unitName = KernelPersistence.UNIT)
    private EntityManager em;

    @Override
    public void append(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<AuditEntry> list(AuditFilter filter, PageRequest page) {
        Where where = where(filter);
        TypedQuery<AuditEntry> query = em.createQuery("SELECT e FROM AuditEntry e" + where.jpql
                + page.orderBy(SORTABLE, "e.id DESC"), AuditEntry.class);
        where.bind(query);
        return JpaQueries.paged(query, page).getResultList();
    }

    @Override
    public long count(AuditFilter filter, long cap) {
        // Counting ids of at most cap+1 rows keeps the count cheap however large the log grows.
        Where where = where(filter);
        TypedQuery<Long> query = em.createQuery("SELECT e.id FROM AuditEntry e" + where.jpql, Long.class);
        where.bind(query);
        return query.setMaxResults((int) cap + 1).getResultList().size();
    }

    @Override
    public List<AuditEntry> oldestBefore(Instant cutoff, int limit) {
        return em.createQuery("SELECT e FROM AuditEntry e WHERE e.occurredAt < :cutoff ORDER BY e.id", AuditEntry.class)
                .setParameter("cutoff", cutoff).setMaxResults(limit).getResultList();
    }

    @Override
    public int removeArchived(long lastArchivedId, Instant cutoff) {
        // On MariaDB a trigger refuses any other delete; the flag lives on this transaction's connection only.
        em.createNativeQuery("SET @cp_audit_archiving = 1").executeUpdate();
        try {
            return em.createQuery("DELETE FROM AuditEntry e WHERE e.id <= :last AND e.occurredAt < :cutoff")
                    .setParameter("last", lastArchivedId).setParameter("cutoff", cutoff).executeUpdate();
        } finally {
            em.createNativeQuery("SET @cp_audit_archiving = NULL").executeUpdate();
        }
    }

    private static Where where(AuditFilter filter) {
        Where where = new Where();
        where.add(filter.actor(), "e.actor = :actor", "actor");
        where.add(filter.action(), "e.action = :action", "action");
        where.add(filter.result(), "e.result = :result", "result");
        where.add(filter.targetType(), "e.targetType = :targetType", "targetType");
        where.add(filter.from(), "e.occurredAt >= :from", "from");
        where.add(filter.to(), "e.occurredAt < :to", "to");
        return where;
    }

    /** Conditions only for the filters that are set. */
    private static final class Where {
        private String jpql = "";
        private final List<Object[]> parameters = new ArrayList<>();

        void add(Object value, String condition, String name) {
            if (value == null || (value instanceof String s && s.isBlank())) {
                return;
            }
            jpql += (jpql.isEmpty() ? " WHERE " : " AND ") + condition;
            parameters.add(new Object[] {name, value instanceof String s ? s.strip() : value});
        }

        void bind(Query query) {
            parameters.forEach(p -> query.setParameter((String) p[0], p[1]));
        }
    }
}
