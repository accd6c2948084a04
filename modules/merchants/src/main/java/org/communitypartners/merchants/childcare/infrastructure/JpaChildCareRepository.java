package org.communitypartners.merchants.childcare.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.merchants.childcare.domain.CareBooking;
import org.communitypartners.merchants.childcare.domain.CareSession;
import org.communitypartners.merchants.childcare.domain.ChildCareRepository;
import org.communitypartners.merchants.childcare.domain.ChildCareStation;
import org.communitypartners.merchants.childcare.domain.RotaEntry;
import org.communitypartners.merchants.library.infrastructure.MerchantsPersistence;

@ApplicationScoped
public class JpaChildCareRepository implements ChildCareRepository {
    private static final Map<String, String> SESSION_SORTABLE = Map.of("startsAt", "s.startsAt", "topic", "s.topic",
            "capacity", "s.capacity", "seatsTaken", "s.seatsTaken");

    @PersistenceContext(unitName = MerchantsPersistence.UNIT)
    private EntityManager em;

    @Override
    public Optional<ChildCareStation> station(long id) {
        return Optional.ofNullable(em.find(ChildCareStation.class, id));
    }

    @Override
    public ChildCareStation add(ChildCareStation station) {
        em.persist(station);
        em.flush();
        return station;
    }

    @Override
    public List<ChildCareStation> stations(Collection<Long> communityIds, Long partnerId, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT t FROM ChildCareStation t WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (communityIds != null) {
            jpql.append(" AND t.communityId IN :communities");
            parameters.put("communities", communityIds);
        }
        if (partnerId != null) {
            jpql.append(" AND (t.spacePartnerId = :partner OR t.volunteerPartnerId = :partner"
                    + " OR t.coursePartnerId = :partner)");
            parameters.put("partner", partnerId);
        }
        TypedQuery<ChildCareStation> query = em.createQuery(jpql + " ORDER BY t.communityId, t.name, t.id",
                ChildCareStation.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<CareSession> session(long id) {
        return Optional.ofNullable(em.find(CareSession.class, id));
    }

    @Override
    public Optional<CareSession> lockSession(long id) {
        CareSession managed = em.find(CareSession.class, id);
        if (managed == null) {
            return Optional.empty();
        }
        // A locking read always reads the latest committed row, whatever this transaction read before.
        em.refresh(managed, LockModeType.PESSIMISTIC_WRITE);
        return Optional.of(managed);
    }

    @Override
    public CareSession add(CareSession session) {
        em.persist(session);
        em.flush();
        return session;
    }

    @Override
    public List<CareSession> sessions(long stationId, PageRequest page) {
        return em.createQuery("SELECT s FROM CareSession s WHERE s.stationId = :station"
                        + page.orderBy(SESSION_SORTABLE, "s.startsAt DESC, s.id DESC"), CareSession.class)
                .setParameter("station", stationId).setFirstResult(page.first()).setMaxResults(page.size())
                .getResultList();
    }

    @Override
    public long countSessions(long stationId) {
        return em.createQuery("SELECT COUNT(s) FROM CareSession s WHERE s.stationId = :station", Long.class)
                .setParameter("station", stationId).getSingleResult();
    }

    @Override
    public List<CareSession> upcoming(long stationId, Instant now, int limit) {
        return em.createQuery("SELECT s FROM CareSession s WHERE s.stationId = :station AND s.startsAt > :now"
                        + " AND s.cancelled = FALSE ORDER BY s.startsAt, s.id", CareSession.class)
                .setParameter("station", stationId).setParameter("now", now).setMaxResults(limit).getResultList();
    }

    @Override
    public CareBooking add(CareBooking booking) {
        em.persist(booking);
        em.flush();
        return booking;
    }

    @Override
    public Optional<CareBooking> booking(long id) {
        return Optional.ofNullable(em.find(CareBooking.class, id));
    }

    @Override
    public Optional<CareBooking> bookingByCode(String code) {
        return em.createQuery("SELECT b FROM CareBooking b WHERE b.code = :code", CareBooking.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public List<CareBooking> bookings(long sessionId) {
        return em.createQuery("SELECT b FROM CareBooking b WHERE b.sessionId = :session"
                        + " ORDER BY b.status, b.bookedAt, b.id", CareBooking.class)
                .setParameter("session", sessionId).getResultList();
    }

    @Override
    public List<CareBooking> dueForAnonymising(Instant cutoff, int limit) {
        return em.createQuery("SELECT b FROM CareBooking b WHERE b.anonymisedAt IS NULL AND b.sessionId IN"
                        + " (SELECT s.id FROM CareSession s WHERE s.endsAt < :cutoff) ORDER BY b.id", CareBooking.class)
                .setParameter("cutoff", cutoff).setMaxResults(limit).getResultList();
    }

    @Override
    public RotaEntry add(RotaEntry entry) {
        em.persist(entry);
        em.flush();
        return entry;
    }

    @Override
    public Optional<RotaEntry> rotaEntry(long id) {
        return Optional.ofNullable(em.find(RotaEntry.class, id));
    }

    @Override
    public void remove(RotaEntry entry) {
        em.remove(entry);
    }

    @Override
    public List<RotaEntry> rota(long sessionId) {
        return em.createQuery("SELECT r FROM RotaEntry r WHERE r.sessionId = :session ORDER BY r.assignedAt, r.id",
                RotaEntry.class).setParameter("session", sessionId).getResultList();
    }

    @Override
    public Map<Long, Integer> rotaSizes(Collection<Long> sessionIds) {
        Map<Long, Integer> sizes = new HashMap<>();
        if (sessionIds.isEmpty()) {
            return sizes;
        }
        em.createQuery("SELECT r.sessionId, COUNT(r) FROM RotaEntry r WHERE r.sessionId IN :sessions"
                        + " GROUP BY r.sessionId", Object[].class)
                .setParameter("sessions", sessionIds).getResultList()
                .forEach(row -> sizes.put((Long) row[0], ((Number) row[1]).intValue()));
        return sizes;
    }
}
