package org.communitypartners.massorg.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.kernel.api.persistence.LikePatterns;
import org.communitypartners.massorg.MassOrganizationsModule;
import org.communitypartners.massorg.domain.Activity;
import org.communitypartners.massorg.domain.ActivityRepository;
import org.communitypartners.massorg.domain.ActivityStatus;
import org.communitypartners.massorg.domain.Registration;
import org.communitypartners.massorg.domain.RegistrationNotice;
import org.communitypartners.massorg.domain.RegistrationStatus;

@ApplicationScoped
public class JpaActivityRepository implements ActivityRepository {
    private static final Map<String, String> SORTABLE = Map.of(
            "title", "a.title", "startsAt", "a.startsAt", "venue", "a.venue", "status", "a.status");
    private static final Map<String, String> REGISTRATION_SORTABLE = Map.of(
            "arrival", "r.arrival", "name", "r.name", "status", "r.status", "registeredAt", "r.registeredAt");

    @PersistenceContext(unitName = MassOrganizationsPersistence.UNIT)
    private EntityManager em;

    @Override
    public Optional<Activity> find(long id) {
        return Optional.ofNullable(em.find(Activity.class, id));
    }

    @Override
    public Optional<Activity> lock(long id) {
        Activity managed = em.find(Activity.class, id);
        if (managed == null) {
            return Optional.empty();
        }
        // A locking read always reads the latest committed row, whatever this transaction read before.
        em.refresh(managed, LockModeType.PESSIMISTIC_WRITE);
        return Optional.of(managed);
    }

    @Override
    public Activity add(Activity activity) {
        em.persist(activity);
        em.flush();
        return activity;
    }

    @Override
    public List<Activity> list(ActivityFilter filter, PageRequest page) {
        return filtered("SELECT a FROM Activity a", filter, page.orderBy(SORTABLE, "a.startsAt DESC, a.id DESC"),
                Activity.class).setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    @Override
    public long count(ActivityFilter filter) {
        return filtered("SELECT COUNT(a) FROM Activity a", filter, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String select, ActivityFilter filter, String tail, Class<T> type) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.unitIds() != null) {
            where.append(" AND a.communityId IN :units");
            parameters.put("units", filter.unitIds());
        }
        if (filter.communityId() != null) {
            where.append(" AND a.communityId = :community");
            parameters.put("community", filter.communityId());
        }
        if (filter.status() != null) {
            where.append(" AND a.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" AND (LOWER(a.title) LIKE :text ESCAPE '\\' OR LOWER(a.venue) LIKE :text ESCAPE '\\')");
            parameters.put("text", LikePatterns.containing(filter.text()));
        }
        TypedQuery<T> query = em.createQuery(select + where + tail, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    @Override
    public List<Activity> upcoming(long communityId, Instant from, int limit) {
        return em.createQuery("SELECT a FROM Activity a WHERE a.communityId = :community AND a.status = :status "
                        + "AND a.endsAt > :from ORDER BY a.startsAt, a.id", Activity.class)
                .setParameter("community", communityId).setParameter("status", ActivityStatus.SCHEDULED)
                .setParameter("from", from).setMaxResults(limit).getResultList();
    }

    @Override
    public Registration add(Registration registration) {
        if (phoneRegistered(registration.getActivityId(), registration.phoneNumber().value())) {
            throw duplicate();
        }
        try {
            em.persist(registration);
            em.flush();
        } catch (PersistenceException e) {
            // The unique (activity, phone) constraint: the last word when two requests race.
            throw duplicate();
        }
        return registration;
    }

    private static RuleViolation duplicate() {
        return new RuleViolation(MassOrganizationsModule.BUNDLE, "registration.duplicatePhone");
    }

    /**
     * A plain read: callers hold the activity's row lock, and the unique (activity, phone)
     * constraint has the last word. A locking read here took gap locks on that index which
     * reached into the neighbouring activity's keys, so registrations for two activities
     * deadlocked and one was answered "phone already registered" (bench/activity-registration.sh).
     */
    @Override
    public boolean phoneRegistered(long activityId, String phone) {
        return !em.createQuery("SELECT r.id FROM Registration r WHERE r.activityId = :activity AND r.phone = :phone",
                        Long.class).setParameter("activity", activityId).setParameter("phone", phone)
                .getResultList().isEmpty();
    }

    @Override
    public Optional<Registration> registration(long id) {
        return Optional.ofNullable(em.find(Registration.class, id));
    }

    @Override
    public Optional<Registration> lockRegistration(long id) {
        Registration managed = em.find(Registration.class, id);
        if (managed == null) {
            return Optional.empty();
        }
        em.refresh(managed, LockModeType.PESSIMISTIC_WRITE);
        return Optional.of(managed);
    }

    @Override
    public Optional<Registration> registrationByCode(String code) {
        return em.createQuery("SELECT r FROM Registration r WHERE r.code = :code", Registration.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public List<Registration> waitlist(long activityId, int limit) {
        return em.createQuery("SELECT r FROM Registration r WHERE r.activityId = :activity AND r.status = :status "
                        + "ORDER BY r.arrival", Registration.class)
                .setParameter("activity", activityId).setParameter("status", RegistrationStatus.WAITLISTED)
                // The whole waitlist is locked and cut here: LIMIT with FOR UPDATE is not portable SQL.
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().limit(limit).toList();
    }

    @Override
    public List<Registration> registrations(long activityId, RegistrationStatus status, PageRequest page) {
        String where = status == null ? "" : " AND r.status = :status";
        TypedQuery<Registration> query = em.createQuery("SELECT r FROM Registration r WHERE r.activityId = :activity"
                + where + page.orderBy(REGISTRATION_SORTABLE, "r.arrival"), Registration.class)
                .setParameter("activity", activityId);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    @Override
    public long countRegistrations(long activityId, RegistrationStatus status) {
        String where = status == null ? "" : " AND r.status = :status";
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(r) FROM Registration r WHERE r.activityId = :activity"
                + where, Long.class).setParameter("activity", activityId);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getSingleResult();
    }

    @Override
    public List<Registration> registrationsIn(long activityId, Collection<RegistrationStatus> statuses) {
        return em.createQuery("SELECT r FROM Registration r WHERE r.activityId = :activity AND r.status IN :statuses "
                        + "ORDER BY r.arrival", Registration.class)
                .setParameter("activity", activityId).setParameter("statuses", statuses)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    @Override
    public int waitlistPosition(Registration registration) {
        return em.createQuery("SELECT COUNT(r) FROM Registration r WHERE r.activityId = :activity "
                        + "AND r.status = :status AND r.arrival <= :arrival", Long.class)
                .setParameter("activity", registration.getActivityId())
                .setParameter("status", RegistrationStatus.WAITLISTED)
                .setParameter("arrival", registration.getArrival()).getSingleResult().intValue();
    }

    @Override
    public void add(RegistrationNotice notice) {
        em.persist(notice);
    }

    @Override
    public List<RegistrationNotice> notices(long registrationId) {
        return em.createQuery("SELECT n FROM RegistrationNotice n WHERE n.registrationId = :registration ORDER BY n.id",
                RegistrationNotice.class).setParameter("registration", registrationId).getResultList();
    }
}
