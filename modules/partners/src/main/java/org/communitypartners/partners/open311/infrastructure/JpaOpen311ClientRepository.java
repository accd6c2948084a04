package org.communitypartners.partners.open311.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.partners.infrastructure.PartnersPersistence;
import org.communitypartners.partners.open311.domain.Open311Client;
import org.communitypartners.partners.open311.domain.Open311ClientRepository;

@ApplicationScoped
public class JpaOpen311ClientRepository implements Open311ClientRepository {
    private static final Map<String, String> SORTABLE = Map.of("name", "c.name", "issuedAt", "c.issuedAt",
            "lastUsedAt", "c.lastUsedAt");

    @PersistenceContext(unitName = PartnersPersistence.UNIT)
    private EntityManager em;

    @Override
    public Open311Client add(Open311Client client) {
        em.persist(client);
        em.flush();
        return client;
    }

    @Override
    public Optional<Open311Client> find(long id) {
        return Optional.ofNullable(em.find(Open311Client.class, id));
    }

    @Override
    public Optional<Open311Client> findByKeyHash(String keyHash) {
        return em.createQuery("SELECT c FROM Open311Client c WHERE c.keyHash = :hash", Open311Client.class)
                .setParameter("hash", keyHash).getResultStream().findFirst();
    }

    @Override
    public void markUsed(long id, Instant at) {
        // No version bump: clients post concurrently, and a revocation must not lose to a use.
        em.createQuery("UPDATE Open311Client c SET c.lastUsedAt = :at WHERE c.id = :id")
                .setParameter("at", at).setParameter("id", id).executeUpdate();
    }

    @Override
    public List<Open311Client> list(Collection<Long> subdistrictIds, PageRequest page) {
        return scoped("SELECT c FROM Open311Client c", subdistrictIds, page.orderBy(SORTABLE, "c.id DESC"),
                Open311Client.class).setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    @Override
    public long count(Collection<Long> subdistrictIds) {
        return scoped("SELECT COUNT(c) FROM Open311Client c", subdistrictIds, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> scoped(String select, Collection<Long> subdistrictIds, String tail, Class<T> type) {
        if (subdistrictIds == null) {
            return em.createQuery(select + tail, type);
        }
        return em.createQuery(select + " WHERE c.subdistrictId IN :units" + tail, type)
                .setParameter("units", subdistrictIds.isEmpty() ? List.of(-1L) : subdistrictIds);
    }
}
