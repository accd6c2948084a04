package org.communitypartners.merchants.eligibility.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.communitypartners.kernel.api.persistence.LikePatterns;
import org.communitypartners.merchants.eligibility.domain.BenefitCode;
import org.communitypartners.merchants.eligibility.domain.EligibilityGrant;
import org.communitypartners.merchants.eligibility.domain.EligibilityRepository;
import org.communitypartners.merchants.eligibility.domain.EligibleResident;
import org.communitypartners.merchants.library.infrastructure.MerchantsPersistence;

@ApplicationScoped
public class JpaEligibilityRepository implements EligibilityRepository {

    @PersistenceContext(unitName = MerchantsPersistence.UNIT)
    private EntityManager em;

    @Override
    public Optional<EligibleResident> resident(long id) {
        return Optional.ofNullable(em.find(EligibleResident.class, id));
    }

    @Override
    public Optional<EligibleResident> residentByIdHash(long subdistrictId, String idNumberHash) {
        return em.createQuery("SELECT r FROM EligibleResident r WHERE r.subdistrictId = :subdistrict"
                        + " AND r.idNumberHash = :hash", EligibleResident.class)
                .setParameter("subdistrict", subdistrictId).setParameter("hash", idNumberHash)
                .getResultStream().findFirst();
    }

    @Override
    public List<EligibleResident> residents(Collection<Long> communityIds, String name, int first, int size) {
        return filtered("SELECT r FROM EligibleResident r", communityIds, name, " ORDER BY r.name, r.id",
                EligibleResident.class).setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Override
    public long countResidents(Collection<Long> communityIds, String name) {
        return filtered("SELECT COUNT(r) FROM EligibleResident r", communityIds, name, "", Long.class)
                .getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String select, Collection<Long> communityIds, String name, String tail,
                                       Class<T> type) {
        boolean byName = name != null && !name.isBlank();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (communityIds != null) {
            where.append(communityIds.isEmpty() ? " AND 1 = 0" : " AND r.communityId IN :communities");
        }
        if (byName) {
            where.append(" AND LOWER(r.name) LIKE :name ESCAPE '\\'");
        }
        TypedQuery<T> query = em.createQuery(select + where + tail, type);
        if (communityIds != null && !communityIds.isEmpty()) {
            query.setParameter("communities", communityIds);
        }
        if (byName) {
            query.setParameter("name", LikePatterns.containing(name));
        }
        return query;
    }

    @Override
    public EligibleResident add(EligibleResident resident) {
        em.persist(resident);
        em.flush();
        return resident;
    }

    @Override
    public List<EligibilityGrant> grants(long residentId) {
        return em.createQuery("SELECT g FROM EligibilityGrant g WHERE g.residentId = :resident ORDER BY g.id",
                EligibilityGrant.class).setParameter("resident", residentId).getResultList();
    }

    @Override
    public Optional<EligibilityGrant> grant(long id) {
        return Optional.ofNullable(em.find(EligibilityGrant.class, id));
    }

    @Override
    public EligibilityGrant add(EligibilityGrant grant) {
        em.persist(grant);
        em.flush();
        return grant;
    }

    @Override
    public boolean codeInUse(long subdistrictId, String code, Instant now) {
        return !usable(subdistrictId, code, now).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public BenefitCode add(BenefitCode code) {
        em.persist(code);
        em.flush();
        return code;
    }

    @Override
    public List<BenefitCode> lockUsableCodes(long subdistrictId, String code, Instant now) {
        return usable(subdistrictId, code, now).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    private TypedQuery<BenefitCode> usable(long subdistrictId, String code, Instant now) {
        return em.createQuery("SELECT c FROM BenefitCode c WHERE c.subdistrictId = :subdistrict AND c.code = :code"
                        + " AND c.expiresAt > :now AND c.consumedAt IS NULL", BenefitCode.class)
                .setParameter("subdistrict", subdistrictId).setParameter("code", code).setParameter("now", now);
    }
}
