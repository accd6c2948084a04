package org.communitypartners.kernel.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.persistence.LikePatterns;
import org.communitypartners.kernel.domain.UserAccount;
import org.communitypartners.kernel.domain.UserAccountRepository;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {
    private static final Map<String, String> SORTABLE = Map.of(
            "username", "a.username", "displayName", "a.displayName", "active", "a.active",
            "lastLoginAt", "a.lastLoginAt");

    @PersistenceContext(unitName = KernelPersistence.UNIT)
    private EntityManager em;

    @Override
    public Optional<UserAccount> find(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    @Override
    public UserAccount add(UserAccount account) {
        em.persist(account);
        em.flush();
        return account;
    }

    @Override
    public List<UserAccount> boundToPartner(long partnerId) {
        return em.createQuery("SELECT a FROM UserAccount a WHERE a.partnerId = :partnerId ORDER BY a.username",
                UserAccount.class).setParameter("partnerId", partnerId).getResultList();
    }

    @Override
    public long countAll() {
        return em.createQuery("SELECT COUNT(a) FROM UserAccount a", Long.class).getSingleResult();
    }

    @Override
    public List<UserAccount> list(UserFilter filter, PageRequest page) {
        TypedQuery<UserAccount> query = filtered("SELECT a FROM UserAccount a", filter,
                page.orderBy(SORTABLE, "a.username"), UserAccount.class);
        return JpaQueries.paged(query, page).getResultList();
    }

    @Override
    public long count(UserFilter filter) {
        return filtered("SELECT COUNT(a) FROM UserAccount a", filter, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String select, UserFilter filter, String orderBy, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select)
                .append(", OrgUnit u WHERE u.id = a.grantedUnitId AND u.path LIKE :within");
        boolean byText = filter.text() != null && !filter.text().isBlank();
        if (byText) {
            jpql.append(" AND (LOWER(a.username) LIKE :text ESCAPE '\\' OR LOWER(a.displayName) LIKE :text ESCAPE '\\')");
        }
        if (filter.role() != null) {
            jpql.append(" AND :role MEMBER OF a.roles");
        }
        TypedQuery<T> query = em.createQuery(jpql + orderBy, type)
                .setParameter("within", filter.within().subtreePattern());
        if (byText) {
            query.setParameter("text", LikePatterns.containing(filter.text()));
        }
        if (filter.role() != null) {
            query.setParameter("role", filter.role());
        }
        return query;
    }
}
