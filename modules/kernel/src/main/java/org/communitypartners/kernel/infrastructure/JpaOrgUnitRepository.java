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
import org.communitypartners.kernel.domain.OrgUnit;
import org.communitypartners.kernel.domain.OrgUnitRepository;
import org.communitypartners.kernel.domain.TreePath;

@ApplicationScoped
public class JpaOrgUnitRepository implements OrgUnitRepository {
    private static final Map<String, String> SORTABLE = Map.of(
            "code", "u.code", "name", "u.name", "level", "u.level", "active", "u.active");

    @PersistenceContext(unitName = KernelPersistence.UNIT)
    private EntityManager em;

    @Override
    public Optional<OrgUnit> find(long id) {
        return Optional.ofNullable(em.find(OrgUnit.class, id));
    }

    @Override
    public Optional<OrgUnit> findByCode(String code) {
        return em.createNamedQuery("OrgUnit.findByCode", OrgUnit.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public List<OrgUnit> children(long parentId) {
        return em.createNamedQuery("OrgUnit.findChildren", OrgUnit.class).setParameter("parentId", parentId)
                .getResultList();
    }

    @Override
    public List<OrgUnit> subtree(TreePath path) {
        return em.createNamedQuery("OrgUnit.findSubtree", OrgUnit.class)
                .setParameter("pathPrefix", path.subtreePattern()).getResultList();
    }

    @Override
    public long countActiveChildren(long parentId) {
        return em.createNamedQuery("OrgUnit.countActiveChildren", Long.class).setParameter("parentId", parentId)
                .getSingleResult();
    }

    @Override
    public OrgUnit add(OrgUnit unit, OrgUnit parent) {
        em.persist(unit);
        em.flush();
        unit.placeInTree(parent);
        return unit;
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void rebaseSubtree(TreePath from, TreePath to, String oldPrefix, String newPrefix) {
        em.flush();
        em.createQuery("UPDATE OrgUnit u SET u.code = CONCAT(:newPrefix, SUBSTRING(u.code, :codeCut)), "
                        + "u.version = u.version + 1 WHERE u.path LIKE :below AND u.code LIKE :oldPrefix")
                .setParameter("newPrefix", newPrefix)
                .setParameter("codeCut", oldPrefix.length() + 1)
                .setParameter("below", from.value() + "_%")
                .setParameter("oldPrefix", oldPrefix + "%")
                .executeUpdate();
        em.createQuery("UPDATE OrgUnit u SET u.path = CONCAT(:to, SUBSTRING(u.path, :cut)), u.version = u.version + 1 "
                        + "WHERE u.path LIKE :pattern")
                .setParameter("to", to.value())
                .setParameter("cut", from.value().length() + 1)
                .setParameter("pattern", from.subtreePattern())
                .executeUpdate();
        em.clear();
    }

    @Override
    public List<OrgUnit> list(OrgUnitFilter filter, PageRequest page) {
        TypedQuery<OrgUnit> query = filtered("SELECT u FROM OrgUnit u", filter,
                page.orderBy(SORTABLE, "u.code"), OrgUnit.class);
        return JpaQueries.paged(query, page).getResultList();
    }

    @Override
    public long count(OrgUnitFilter filter) {
        return filtered("SELECT COUNT(u) FROM OrgUnit u", filter, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String select, OrgUnitFilter filter, String orderBy, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" WHERE u.path LIKE :within");
        if (filter.level() != null) {
            jpql.append(" AND u.level = :level");
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            jpql.append(" AND (LOWER(u.name) LIKE :text ESCAPE '\\' OR u.code LIKE :text ESCAPE '\\')");
        }
        if (filter.active() != null) {
            jpql.append(" AND u.active = :active");
        }
        TypedQuery<T> query = em.createQuery(jpql + orderBy, type)
                .setParameter("within", filter.within().subtreePattern());
        if (filter.level() != null) {
            query.setParameter("level", filter.level());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            query.setParameter("text", LikePatterns.containing(filter.text()));
        }
        if (filter.active() != null) {
            query.setParameter("active", filter.active());
        }
        return query;
    }
}
