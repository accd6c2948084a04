package org.communitypartners.partners.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.persistence.LikePatterns;
import org.communitypartners.partners.domain.Partner;
import org.communitypartners.partners.domain.PartnerAgreement;
import org.communitypartners.partners.domain.PartnerLogo;
import org.communitypartners.partners.domain.PartnerRepository;
import org.communitypartners.partners.domain.PartnerStatusChange;

@ApplicationScoped
public class JpaPartnerRepository implements PartnerRepository {
    private static final Map<String, String> SORTABLE = Map.of(
            "code", "p.code", "name", "p.name", "kind", "p.kind", "status", "p.status", "appliedAt", "p.appliedAt");

    @PersistenceContext(unitName = PartnersPersistence.UNIT)
    private EntityManager em;

    @Override
    public Optional<Partner> find(long id) {
        return Optional.ofNullable(em.find(Partner.class, id));
    }

    @Override
    public Optional<Partner> findByCreditCode(String creditCode) {
        return em.createQuery("SELECT p FROM Partner p WHERE p.creditCode = :code", Partner.class)
                .setParameter("code", creditCode).getResultStream().findFirst();
    }

    @Override
    public Partner add(Partner partner, ZoneId zone) {
        em.persist(partner);
        em.flush();
        partner.number(zone);
        em.flush();
        return partner;
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void record(PartnerStatusChange change) {
        em.persist(change);
    }

    @Override
    public List<PartnerStatusChange> history(long partnerId) {
        return em.createQuery("SELECT c FROM PartnerStatusChange c WHERE c.partnerId = :partnerId ORDER BY c.id",
                PartnerStatusChange.class).setParameter("partnerId", partnerId).getResultList();
    }

    @Override
    public void add(PartnerAgreement agreement) {
        em.persist(agreement);
        em.flush();
    }

    @Override
    public List<PartnerAgreement> agreements(long partnerId) {
        return em.createQuery("SELECT a FROM PartnerAgreement a WHERE a.partnerId = :partnerId ORDER BY a.startsOn DESC",
                PartnerAgreement.class).setParameter("partnerId", partnerId).getResultList();
    }

    @Override
    public List<PartnerAgreement> agreementsEnding(LocalDate from, LocalDate to, PartnerFilter within) {
        TypedQuery<PartnerAgreement> query = filtered("SELECT a FROM PartnerAgreement a, Partner p", within,
                " AND a.partnerId = p.id AND a.startsOn <= :from AND a.endsOn BETWEEN :from AND :to ORDER BY a.endsOn, a.id",
                PartnerAgreement.class);
        return query.setParameter("from", from).setParameter("to", to).setMaxResults(PageRequest.MAX_SIZE)
                .getResultList();
    }

    @Override
    public List<Partner> list(PartnerFilter filter, PageRequest page) {
        TypedQuery<Partner> query = filtered("SELECT p FROM Partner p", filter, page.orderBy(SORTABLE, "p.id DESC"),
                Partner.class);
        return query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    @Override
    public Optional<PartnerLogo> logo(long partnerId) {
        return Optional.ofNullable(em.find(PartnerLogo.class, partnerId));
    }

    @Override
    public void add(PartnerLogo logo) {
        em.persist(logo);
    }

    @Override
    public Map<Long, Long> logoVersions(Collection<Long> partnerIds) {
        Map<Long, Long> versions = new HashMap<>();
        if (!partnerIds.isEmpty()) {
            em.createQuery("SELECT l.partnerId, l.version FROM PartnerLogo l WHERE l.partnerId IN :ids", Object[].class)
                    .setParameter("ids", partnerIds).getResultList()
                    .forEach(r -> versions.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        }
        return versions;
    }

    @Override
    public long count(PartnerFilter filter) {
        return filtered("SELECT COUNT(p) FROM Partner p", filter, "", Long.class).getSingleResult();
    }

    /** The select, the filter's conditions, then {@code tail}: further conditions and the order. */
    private <T> TypedQuery<T> filtered(String select, PartnerFilter filter, String tail, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" WHERE 1 = 1");
        if (filter.unitIds() != null) {
            jpql.append(" AND (p.homeUnitId IN :units OR p.id IN (SELECT q.id FROM Partner q JOIN q.servedCommunityIds c"
                    + " WHERE c IN :units))");
        }
        if (filter.kind() != null) {
            jpql.append(" AND p.kind = :kind");
        }
        if (filter.status() != null) {
            jpql.append(" AND p.status = :status");
        }
        boolean byText = filter.text() != null && !filter.text().isBlank();
        if (byText) {
            jpql.append(" AND (LOWER(p.name) LIKE :text ESCAPE '\\' OR LOWER(p.code) LIKE :text ESCAPE '\\'"
                    + " OR LOWER(p.creditCode) LIKE :text ESCAPE '\\')");
        }
        TypedQuery<T> query = em.createQuery(jpql + tail, type);
        if (filter.unitIds() != null) {
            query.setParameter("units", filter.unitIds().isEmpty() ? List.of(-1L) : filter.unitIds());
        }
        if (filter.kind() != null) {
            query.setParameter("kind", filter.kind());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (byText) {
            query.setParameter("text", LikePatterns.containing(filter.text()));
        }
        return query;
    }
}
