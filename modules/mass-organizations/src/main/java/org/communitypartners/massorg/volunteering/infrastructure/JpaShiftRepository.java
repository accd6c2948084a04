package org.communitypartners.massorg.volunteering.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.massorg.domain.ActivityStatus;
import org.communitypartners.massorg.infrastructure.MassOrganizationsPersistence;
import org.communitypartners.massorg.volunteering.domain.ShiftRepository;
import org.communitypartners.massorg.volunteering.domain.ShiftStatus;
import org.communitypartners.massorg.volunteering.domain.VolunteerShift;

@ApplicationScoped
public class JpaShiftRepository implements ShiftRepository {
    private static final Map<String, String> SORTABLE = Map.of("startedAt", "s.startedAt", "status", "s.status");

    @PersistenceContext(unitName = MassOrganizationsPersistence.UNIT)
    private EntityManager em;

    @Override
    public Optional<VolunteerShift> find(long id) {
        return Optional.ofNullable(em.find(VolunteerShift.class, id));
    }

    @Override
    public VolunteerShift add(VolunteerShift shift) {
        em.persist(shift);
        em.flush();
        return shift;
    }

    @Override
    public List<VolunteerShift> list(long organisationId, ShiftStatus status, Long memberId, PageRequest page) {
        return query("SELECT s FROM VolunteerShift s", organisationId, status, memberId,
                page.orderBy(SORTABLE, "s.startedAt DESC, s.id DESC"), VolunteerShift.class)
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    @Override
    public long count(long organisationId, ShiftStatus status, Long memberId) {
        return query("SELECT COUNT(s) FROM VolunteerShift s", organisationId, status, memberId, "", Long.class)
                .getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, long organisationId, ShiftStatus status, Long memberId,
                                    String tail, Class<T> type) {
        String where = " WHERE s.organisationId = :organisation" + (status == null ? "" : " AND s.status = :status")
                + (memberId == null ? "" : " AND s.memberId = :member");
        TypedQuery<T> query = em.createQuery(select + where + tail, type).setParameter("organisation", organisationId);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (memberId != null) {
            query.setParameter("member", memberId);
        }
        return query;
    }

    @Override
    public List<VolunteerShift> confirmedOf(long memberId) {
        return em.createQuery("SELECT s FROM VolunteerShift s WHERE s.memberId = :member AND s.status = :status"
                        + " ORDER BY s.startedAt, s.id", VolunteerShift.class)
                .setParameter("member", memberId).setParameter("status", ShiftStatus.CONFIRMED).getResultList();
    }

    @Override
    public List<MemberMinutes> verifiedByMember(long organisationId, PageRequest page) {
        return em.createQuery("SELECT s.memberId, SUM(s.creditedMinutes) FROM VolunteerShift s"
                        + " WHERE s.organisationId = :organisation AND s.status = :status GROUP BY s.memberId"
                        + " ORDER BY SUM(s.creditedMinutes) DESC, s.memberId", Object[].class)
                .setParameter("organisation", organisationId).setParameter("status", ShiftStatus.CONFIRMED)
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultList().stream()
                .map(row -> new MemberMinutes((Long) row[0], ((Number) row[1]).longValue())).toList();
    }

    @Override
    public long countMembersWithHours(long organisationId) {
        return em.createQuery("SELECT COUNT(DISTINCT s.memberId) FROM VolunteerShift s"
                        + " WHERE s.organisationId = :organisation AND s.status = :status", Long.class)
                .setParameter("organisation", organisationId).setParameter("status", ShiftStatus.CONFIRMED)
                .getSingleResult();
    }

    @Override
    public long verifiedMinutes(long organisationId, Instant from, Instant to) {
        Number sum = em.createQuery("SELECT SUM(s.creditedMinutes) FROM VolunteerShift s"
                        + " WHERE s.organisationId = :organisation AND s.status = :status"
                        + " AND s.startedAt >= :from AND s.startedAt < :to", Number.class)
                .setParameter("organisation", organisationId).setParameter("status", ShiftStatus.CONFIRMED)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        return sum == null ? 0 : sum.longValue();
    }

    @Override
    public List<Occasion> occasions(long organisationId, long partnerId, Instant from, Instant to, int limit) {
        List<Occasion> found = new ArrayList<>();
        em.createQuery("SELECT a.id, a.title, a.startsAt FROM Activity a JOIN a.organisers o WHERE o.partnerId = :partner"
                        + " AND a.status <> :cancelled AND a.startsAt >= :from AND a.startsAt < :to"
                        + " ORDER BY a.startsAt DESC", Object[].class)
                .setParameter("partner", partnerId).setParameter("cancelled", ActivityStatus.CANCELLED)
                .setParameter("from", from).setParameter("to", to).setMaxResults(limit).getResultList()
                .forEach(row -> found.add(new Occasion((Long) row[0], null, (String) row[1], (Instant) row[2])));
        em.createQuery("SELECT s.id, c.title, s.startsAt FROM CourseSession s, Course c WHERE s.courseId = c.id"
                        + " AND c.organisationId = :organisation AND s.startsAt >= :from AND s.startsAt < :to"
                        + " ORDER BY s.startsAt DESC", Object[].class)
                .setParameter("organisation", organisationId).setParameter("from", from).setParameter("to", to)
                .setMaxResults(limit).getResultList()
                .forEach(row -> found.add(new Occasion(null, (Long) row[0], (String) row[1], (Instant) row[2])));
        return found.stream().sorted(Comparator.comparing(Occasion::startsAt).reversed()).limit(limit).toList();
    }
}
