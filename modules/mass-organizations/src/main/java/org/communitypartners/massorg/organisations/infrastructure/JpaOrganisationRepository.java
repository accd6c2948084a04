package org.communitypartners.massorg.organisations.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.persistence.LikePatterns;
import org.communitypartners.massorg.infrastructure.MassOrganizationsPersistence;
import org.communitypartners.massorg.organisations.domain.Member;
import org.communitypartners.massorg.organisations.domain.Organisation;
import org.communitypartners.massorg.organisations.domain.OrganisationRepository;
import org.communitypartners.massorg.organisations.domain.Rules;

@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {
    private static final Map<String, String> SORTABLE = Map.of("name", "o.name", "kind", "o.kind");
    private static final Map<String, String> MEMBER_SORTABLE = Map.of("name", "m.name", "joinedOn", "m.joinedOn");

    @PersistenceContext(unitName = MassOrganizationsPersistence.UNIT)
    private EntityManager em;

    @Override
    public Optional<Organisation> find(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    @Override
    public Optional<Organisation> findByPartner(long partnerId) {
        return em.createQuery("SELECT o FROM Organisation o WHERE o.partnerId = :partner", Organisation.class)
                .setParameter("partner", partnerId).getResultStream().findFirst();
    }

    @Override
    public Organisation add(Organisation organisation) {
        try {
            em.persist(organisation);
            em.flush();
        } catch (PersistenceException e) {
            // The unique partner constraint, when two staff register the same partner at once.
            throw Rules.violation("organisation.alreadyRegistered");
        }
        return organisation;
    }

    @Override
    public List<Organisation> list(OrganisationFilter filter, PageRequest page) {
        return filtered("SELECT o FROM Organisation o", filter, page.orderBy(SORTABLE, "o.name, o.id"),
                Organisation.class).setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    @Override
    public long count(OrganisationFilter filter) {
        return filtered("SELECT COUNT(o) FROM Organisation o", filter, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String select, OrganisationFilter filter, String tail, Class<T> type) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.partnerId() != null) {
            where.append(" AND o.partnerId = :partner");
            parameters.put("partner", filter.partnerId());
        }
        if (filter.unitIds() != null) {
            where.append(" AND (o.homeUnitId IN :units OR EXISTS (SELECT c FROM Organisation s JOIN s.communityIds c"
                    + " WHERE s = o AND c IN :units))");
            parameters.put("units", filter.unitIds());
        }
        if (filter.kind() != null) {
            where.append(" AND o.kind = :kind");
            parameters.put("kind", filter.kind());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" AND LOWER(o.name) LIKE :text ESCAPE '\\'");
            parameters.put("text", LikePatterns.containing(filter.text()));
        }
        TypedQuery<T> query = em.createQuery(select + where + tail, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    @Override
    public Optional<Member> member(long id) {
        return Optional.ofNullable(em.find(Member.class, id));
    }

    @Override
    public Member add(Member member) {
        requirePhoneFree(member.getOrganisationId(), member.phoneNumber().value(), null);
        try {
            em.persist(member);
            em.flush();
        } catch (PersistenceException e) {
            throw Rules.violation("member.duplicatePhone");
        }
        return member;
    }

    @Override
    public void requirePhoneFree(long organisationId, String phone, Long exceptMemberId) {
        boolean taken = em.createQuery("SELECT m.id FROM Member m WHERE m.organisationId = :organisation"
                        + " AND m.phone = :phone", Long.class)
                .setParameter("organisation", organisationId).setParameter("phone", phone).getResultStream()
                .anyMatch(id -> !id.equals(exceptMemberId));
        if (taken) {
            throw Rules.violation("member.duplicatePhone");
        }
    }

    @Override
    public List<Member> members(long organisationId, MemberFilter filter, PageRequest page) {
        return memberQuery("SELECT m FROM Member m", organisationId, filter,
                page.orderBy(MEMBER_SORTABLE, "m.name, m.id"), Member.class)
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    @Override
    public long countMembers(long organisationId, MemberFilter filter) {
        return memberQuery("SELECT COUNT(m) FROM Member m", organisationId, filter, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> memberQuery(String select, long organisationId, MemberFilter filter, String tail,
                                          Class<T> type) {
        StringBuilder where = new StringBuilder(" WHERE m.organisationId = :organisation");
        if (filter.leadersOnly()) {
            where.append(" AND m.leaderTitle IS NOT NULL");
        }
        if (filter.volunteersOnly()) {
            where.append(" AND m.volunteer = TRUE");
        }
        boolean text = filter.text() != null && !filter.text().isBlank();
        if (text) {
            where.append(" AND (LOWER(m.name) LIKE :text ESCAPE '\\' OR LOWER(m.skills) LIKE :text ESCAPE '\\')");
        }
        TypedQuery<T> query = em.createQuery(select + where + tail, type).setParameter("organisation", organisationId);
        if (text) {
            query.setParameter("text", LikePatterns.containing(filter.text()));
        }
        return query;
    }
}
