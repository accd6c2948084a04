package org.communitypartners.merchants.library.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.persistence.LikePatterns;
import org.communitypartners.merchants.library.domain.CircleSetting;
import org.communitypartners.merchants.library.domain.Circle;
import org.communitypartners.merchants.library.domain.ListingChange;
import org.communitypartners.merchants.library.domain.MerchantCategory;
import org.communitypartners.merchants.library.domain.MerchantProfile;
import org.communitypartners.merchants.library.domain.MerchantRepository;
import org.communitypartners.merchants.library.domain.OfferedService;

@ApplicationScoped
public class JpaMerchantRepository implements MerchantRepository {
    private static final Map<String, String> SORTABLE = Map.of(
            "name", "m.name", "category", "m.category", "address", "m.address", "caring", "m.caring",
            "updatedAt", "m.updatedAt");

    @PersistenceContext(unitName = MerchantsPersistence.UNIT)
    private EntityManager em;

    @Override
    public Optional<MerchantProfile> find(long id) {
        return Optional.ofNullable(em.find(MerchantProfile.class, id));
    }

    @Override
    public Optional<MerchantProfile> findByPartner(long partnerId) {
        return em.createQuery("SELECT m FROM MerchantProfile m WHERE m.partnerId = :partner", MerchantProfile.class)
                .setParameter("partner", partnerId).getResultStream().findFirst();
    }

    @Override
    public MerchantProfile add(MerchantProfile profile) {
        em.persist(profile);
        em.flush();
        return profile;
    }

    @Override
    public ListingChange add(ListingChange change) {
        em.persist(change);
        return change;
    }

    @Override
    public List<MerchantProfile> list(ProfileFilter filter, PageRequest page) {
        return filtered("SELECT m FROM MerchantProfile m", filter, page.orderBy(SORTABLE, "m.name, m.id"),
                MerchantProfile.class).setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    @Override
    public long count(ProfileFilter filter) {
        return filtered("SELECT COUNT(m) FROM MerchantProfile m", filter, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String select, ProfileFilter filter, String tail, Class<T> type) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.communityIds() != null) {
            where.append(" AND m.communityId IN :communities");
            parameters.put("communities", filter.communityIds());
        }
        if (filter.partnerId() != null) {
            where.append(" AND m.partnerId = :partner");
            parameters.put("partner", filter.partnerId());
        }
        if (filter.communityId() != null) {
            where.append(" AND m.communityId = :community");
            parameters.put("community", filter.communityId());
        }
        if (filter.category() != null) {
            where.append(" AND m.category = :category");
            parameters.put("category", filter.category());
        }
        if (filter.caring() != null) {
            where.append(" AND m.caring = :caring");
            parameters.put("caring", filter.caring());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" AND (LOWER(m.name) LIKE :text ESCAPE '\\' OR LOWER(m.address) LIKE :text ESCAPE '\\')");
            parameters.put("text", LikePatterns.containing(filter.text()));
        }
        TypedQuery<T> query = em.createQuery(select + where + tail, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    @Override
    public List<MerchantProfile> inBox(long subdistrictId, Circle.BoundingBox box,
                                       Collection<MerchantCategory> categories) {
        String byCategory = categories == null || categories.isEmpty() ? "" : " AND m.category IN :categories";
        TypedQuery<MerchantProfile> query = em.createQuery("SELECT m FROM MerchantProfile m"
                + " WHERE m.subdistrictId = :subdistrict AND m.listed = TRUE"
                + " AND m.latitude BETWEEN :minLat AND :maxLat"
                + " AND m.longitude BETWEEN :minLon AND :maxLon" + byCategory, MerchantProfile.class)
                .setParameter("subdistrict", subdistrictId)
                .setParameter("minLat", box.minLatitude()).setParameter("maxLat", box.maxLatitude())
                .setParameter("minLon", box.minLongitude()).setParameter("maxLon", box.maxLongitude());
        if (!byCategory.isEmpty()) {
            query.setParameter("categories", categories);
        }
        return query.getResultList();
    }

    @Override
    public List<OfferedService> services(long profileId) {
        return services(List.of(profileId));
    }

    @Override
    public List<OfferedService> services(Collection<Long> profileIds) {
        if (profileIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT s FROM OfferedService s WHERE s.profileId IN :profiles"
                        + " ORDER BY s.profileId, s.name, s.id", OfferedService.class)
                .setParameter("profiles", profileIds).getResultList();
    }

    @Override
    public Optional<OfferedService> service(long id) {
        return Optional.ofNullable(em.find(OfferedService.class, id));
    }

    @Override
    public OfferedService add(OfferedService service) {
        em.persist(service);
        em.flush();
        return service;
    }

    @Override
    public void remove(OfferedService service) {
        em.remove(service);
    }

    @Override
    public Optional<CircleSetting> circleSetting(long subdistrictId) {
        return Optional.ofNullable(em.find(CircleSetting.class, subdistrictId));
    }

    @Override
    public CircleSetting add(CircleSetting setting) {
        em.persist(setting);
        em.flush();
        return setting;
    }
}
