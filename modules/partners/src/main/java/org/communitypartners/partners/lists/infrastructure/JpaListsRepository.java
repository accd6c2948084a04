package org.communitypartners.partners.lists.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.persistence.LikePatterns;
import org.communitypartners.partners.api.PartnerStatus;
import org.communitypartners.partners.api.ServiceCategory;
import org.communitypartners.partners.lists.domain.ListEntry;
import org.communitypartners.partners.lists.domain.ListedResource;
import org.communitypartners.partners.lists.domain.ListedService;
import org.communitypartners.partners.lists.domain.ListsRepository;
import org.communitypartners.partners.lists.domain.Need;
import org.communitypartners.partners.lists.domain.NeedMatch;
import org.communitypartners.partners.lists.domain.NeedStatus;
import org.communitypartners.partners.lists.domain.Offer;
import org.communitypartners.partners.lists.domain.Urgency;

@ApplicationScoped
public class JpaListsRepository implements ListsRepository {
    /** The partners module's persistence unit (the same one as the registry's). */
    private static final String UNIT = "partners";
    private static final Map<String, String> NEED_SORTS = Map.of("code", "e.code", "category", "e.category",
            "status", "e.status", "urgency", "e.urgency", "peopleAffected", "e.peopleAffected",
            "createdAt", "e.createdAt");
    private static final Map<String, String> RESOURCE_SORTS = Map.of("code", "e.code", "category", "e.category",
            "type", "e.type", "availableFrom", "e.availableFrom", "createdAt", "e.createdAt");
    private static final Map<String, String> SERVICE_SORTS = Map.of("code", "e.code", "name", "e.name",
            "category", "e.category", "price", "e.price", "availableFrom", "e.availableFrom", "createdAt", "e.createdAt");
    private static final String NEWEST_FIRST = "e.id DESC";

    @PersistenceContext(unitName = UNIT)
    private EntityManager em;

    @Override
    public <T extends ListEntry> T add(T entry, ZoneId zone) {
        em.persist(entry);
        em.flush();
        entry.number(zone);
        em.flush();
        return entry;
    }

    @Override
    public void add(NeedMatch match) {
        em.persist(match);
        em.flush();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<Need> findNeed(long id) {
        return Optional.ofNullable(em.find(Need.class, id));
    }

    @Override
    public Optional<ListedResource> findResource(long id) {
        return Optional.ofNullable(em.find(ListedResource.class, id));
    }

    @Override
    public Optional<ListedService> findService(long id) {
        return Optional.ofNullable(em.find(ListedService.class, id));
    }

    @Override
    public List<Need> needs(NeedFilter filter, PageRequest page) {
        return needQuery("SELECT e FROM Need e", filter, page.orderBy(NEED_SORTS, NEWEST_FIRST), Need.class)
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    @Override
    public long count(NeedFilter filter) {
        return needQuery("SELECT COUNT(e) FROM Need e", filter, "", Long.class).getSingleResult();
    }

    @Override
    public List<ListedResource> resources(OfferFilter filter, PageRequest page) {
        return offerQuery("SELECT e FROM ListedResource e", filter, page.orderBy(RESOURCE_SORTS, NEWEST_FIRST),
                ListedResource.class).setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    @Override
    public long countResources(OfferFilter filter) {
        return offerQuery("SELECT COUNT(e) FROM ListedResource e", filter, "", Long.class).getSingleResult();
    }

    @Override
    public List<ListedService> services(OfferFilter filter, PageRequest page) {
        return offerQuery("SELECT e FROM ListedService e", filter, page.orderBy(SERVICE_SORTS, NEWEST_FIRST),
                ListedService.class).setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    @Override
    public long countServices(OfferFilter filter) {
        return offerQuery("SELECT COUNT(e) FROM ListedService e", filter, "", Long.class).getSingleResult();
    }

    @Override
    public <T extends Offer> List<T> candidates(Class<T> kind, ServiceCategory category, long subdistrictId,
                                                Within within, LocalDate today,
                                                Collection<PartnerStatus> partnerStatuses, int limit) {
        Conditions where = new Conditions(within);
        where.add("e.category = :category", "category", category);
        where.add("e.placement.subdistrictId = :need_subdistrict", "need_subdistrict", subdistrictId);
        where.add("(e.availableTo IS NULL OR e.availableTo >= :today)", "today", today);
        where.add("e.partnerId IN (SELECT p.id FROM Partner p WHERE p.status IN :partnerStatuses)", "partnerStatuses",
                partnerStatuses);
        return where.query("SELECT e FROM " + kind.getSimpleName() + " e", " ORDER BY " + NEWEST_FIRST, kind)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<NeedMatch> matches(long needId) {
        return em.createQuery("SELECT m FROM NeedMatch m WHERE m.needId = :needId ORDER BY m.id", NeedMatch.class)
                .setParameter("needId", needId).getResultList();
    }

    @Override
    public List<Gap> gaps(Within within) {
        Map<Long, Long> pressing = new HashMap<>();
        Conditions urgent = new Conditions(within);
        urgent.add("e.status = :status", "status", NeedStatus.OPEN);
        urgent.add("e.urgency IN :pressing", "pressing", List.of(Urgency.HIGH, Urgency.URGENT));
        urgent.query("SELECT e.placement.communityId, COUNT(e) FROM Need e", " GROUP BY e.placement.communityId",
                Object[].class).getResultList().forEach(row -> pressing.put((Long) row[0], (Long) row[1]));
        Conditions open = new Conditions(within);
        open.add("e.status = :status", "status", NeedStatus.OPEN);
        List<Gap> gaps = new ArrayList<>();
        open.query("SELECT e.placement.communityId, COUNT(e) FROM Need e", " GROUP BY e.placement.communityId"
                + " ORDER BY COUNT(e) DESC, e.placement.communityId", Object[].class).getResultList()
                .forEach(row -> gaps.add(new Gap((Long) row[0], (Long) row[1], pressing.getOrDefault((Long) row[0], 0L))));
        return gaps;
    }

    private <T> TypedQuery<T> needQuery(String select, NeedFilter filter, String tail, Class<T> type) {
        Conditions where = new Conditions(filter.within());
        where.add("e.category = :category", "category", filter.category());
        where.add("e.status = :status", "status", filter.status());
        where.add("e.placement.communityId = :community", "community", filter.communityId());
        where.text("(LOWER(e.description) LIKE :text ESCAPE '\\' OR LOWER(e.code) LIKE :text ESCAPE '\\')",
                filter.text());
        return where.query(select, tail, type);
    }

    private <T> TypedQuery<T> offerQuery(String select, OfferFilter filter, String tail, Class<T> type) {
        Conditions where = new Conditions(filter.within());
        where.add("e.category = :category", "category", filter.category());
        where.add("e.placement.communityId = :community", "community", filter.communityId());
        String described = select.contains("ListedService") ? "e.name" : "e.description";
        where.text("(LOWER(" + described + ") LIKE :text ESCAPE '\\' OR LOWER(e.code) LIKE :text ESCAPE '\\'"
                + " OR e.partnerId IN (SELECT p.id FROM Partner p WHERE LOWER(p.name) LIKE :text ESCAPE '\\'))",
                filter.text());
        return where.query(select, tail, type);
    }

    /** JPQL conditions on {@code e} with their parameters; a condition whose value is null is left out. */
    private final class Conditions {
        private final StringBuilder jpql = new StringBuilder(" WHERE 1 = 1");
        private final Map<String, Object> parameters = new HashMap<>();

        Conditions(Within within) {
            add("e.placement.subdistrictId = :subdistrict", "subdistrict", within.subdistrictId());
            add("e.placement.unitPath LIKE :path", "path", within.pathPrefix() == null ? null : within.pathPrefix() + "%");
        }

        void add(String condition, String name, Object value) {
            if (value != null) {
                jpql.append(" AND ").append(condition);
                parameters.put(name, value);
            }
        }

        void text(String condition, String text) {
            add(condition, "text", text == null || text.isBlank() ? null : LikePatterns.containing(text));
        }

        <T> TypedQuery<T> query(String select, String tail, Class<T> type) {
            TypedQuery<T> query = em.createQuery(select + jpql + tail, type);
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}
