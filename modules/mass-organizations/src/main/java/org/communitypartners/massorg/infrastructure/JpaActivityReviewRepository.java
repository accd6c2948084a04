package org.communitypartners.massorg.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.massorg.MassOrganizationsModule;
import org.communitypartners.massorg.domain.Activity;
import org.communitypartners.massorg.domain.ActivityPhoto;
import org.communitypartners.massorg.domain.ActivityRating;
import org.communitypartners.massorg.domain.ActivityReviewRepository;
import org.communitypartners.massorg.domain.ActivityStatus;
import org.communitypartners.massorg.domain.ActivitySummary;

@ApplicationScoped
public class JpaActivityReviewRepository implements ActivityReviewRepository {

    @PersistenceContext(unitName = MassOrganizationsPersistence.UNIT)
    private EntityManager em;

    @Override
    public Optional<ActivitySummary> summary(long activityId) {
        return Optional.ofNullable(em.find(ActivitySummary.class, activityId));
    }

    @Override
    public Map<Long, ActivitySummary> summaries(Collection<Long> activityIds) {
        Map<Long, ActivitySummary> byActivity = new HashMap<>();
        if (!activityIds.isEmpty()) {
            em.createQuery("SELECT s FROM ActivitySummary s WHERE s.activityId IN :ids", ActivitySummary.class)
                    .setParameter("ids", activityIds).getResultStream()
                    .forEach(s -> byActivity.put(s.getActivityId(), s));
        }
        return byActivity;
    }

    @Override
    public ActivitySummary add(ActivitySummary summary) {
        em.persist(summary);
        em.flush();
        return summary;
    }

    @Override
    public ActivitySummary saved(ActivitySummary summary) {
        em.flush();
        return summary;
    }

    @Override
    public ActivityPhoto add(ActivityPhoto photo) {
        em.persist(photo);
        em.flush();
        return photo;
    }

    @Override
    public long countPhotos(long activityId) {
        return em.createQuery("SELECT COUNT(p) FROM ActivityPhoto p WHERE p.activityId = :activity", Long.class)
                .setParameter("activity", activityId).getSingleResult();
    }

    @Override
    public List<Long> photoIds(long activityId) {
        return em.createQuery("SELECT p.id FROM ActivityPhoto p WHERE p.activityId = :activity ORDER BY p.id", Long.class)
                .setParameter("activity", activityId).getResultList();
    }

    @Override
    public Map<Long, Long> firstPhotoIds(Collection<Long> activityIds) {
        Map<Long, Long> first = new HashMap<>();
        if (!activityIds.isEmpty()) {
            em.createQuery("SELECT p.activityId, MIN(p.id) FROM ActivityPhoto p WHERE p.activityId IN :ids "
                            + "GROUP BY p.activityId", Object[].class).setParameter("ids", activityIds)
                    .getResultStream().forEach(row -> first.put((Long) row[0], (Long) row[1]));
        }
        return first;
    }

    @Override
    public Optional<ActivityPhoto> photo(long id) {
        return Optional.ofNullable(em.find(ActivityPhoto.class, id));
    }

    @Override
    public void remove(ActivityPhoto photo) {
        em.remove(photo);
    }

    @Override
    public Optional<ActivityRating> ratingOf(long registrationId) {
        return em.createQuery("SELECT r FROM ActivityRating r WHERE r.registrationId = :registration",
                ActivityRating.class).setParameter("registration", registrationId).getResultStream().findFirst();
    }

    @Override
    public ActivityRating add(ActivityRating rating) {
        try {
            em.persist(rating);
            em.flush();
        } catch (PersistenceException e) {
            // The unique registration constraint: the same code sent twice at once.
            throw new RuleViolation(MassOrganizationsModule.BUNDLE, "rating.tryAgain");
        }
        return rating;
    }

    @Override
    public Map<Integer, Long> scores(long activityId) {
        Map<Integer, Long> counts = new HashMap<>();
        em.createQuery("SELECT r.score, COUNT(r) FROM ActivityRating r WHERE r.activityId = :activity GROUP BY r.score",
                        Object[].class).setParameter("activity", activityId).getResultStream()
                .forEach(row -> counts.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue()));
        return counts;
    }

    @Override
    public Map<Long, Map<Integer, Long>> scoresByOrganiser(Instant from, Instant to, Long partnerId) {
        String partner = partnerId == null ? "" : " AND o.partnerId = :partner";
        var query = em.createQuery("SELECT o.partnerId, r.score, COUNT(r) FROM ActivityRating r, Activity a "
                + "JOIN a.organisers o WHERE r.activityId = a.id AND a.status = :scheduled AND a.startsAt >= :from "
                + "AND a.startsAt < :to" + partner + " GROUP BY o.partnerId, r.score", Object[].class)
                .setParameter("scheduled", ActivityStatus.SCHEDULED).setParameter("from", from).setParameter("to", to);
        if (partnerId != null) {
            query.setParameter("partner", partnerId);
        }
        Map<Long, Map<Integer, Long>> byOrganiser = new HashMap<>();
        query.getResultStream().forEach(row -> byOrganiser.computeIfAbsent(((Number) row[0]).longValue(),
                k -> new HashMap<>()).put(((Number) row[1]).intValue(), ((Number) row[2]).longValue()));
        return byOrganiser;
    }

    @Override
    public List<Activity> starting(long communityId, Instant from, Instant to, int limit) {
        return em.createQuery("SELECT a FROM Activity a WHERE a.communityId = :community AND a.status = :status "
                        + "AND a.startsAt >= :from AND a.startsAt < :to ORDER BY a.startsAt, a.id", Activity.class)
                .setParameter("community", communityId).setParameter("status", ActivityStatus.SCHEDULED)
                .setParameter("from", from).setParameter("to", to).setMaxResults(limit).getResultList();
    }
}
