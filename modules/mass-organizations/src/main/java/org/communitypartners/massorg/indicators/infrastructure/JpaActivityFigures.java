package org.communitypartners.massorg.indicators.infrastructure;

import static org.communitypartners.kernel.api.persistence.NativeSql.idList;
import static org.communitypartners.kernel.api.persistence.NativeSql.longOf;
import static org.communitypartners.kernel.api.persistence.NativeSql.utc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communitypartners.massorg.domain.ActivityStatus;
import org.communitypartners.massorg.domain.RegistrationStatus;
import org.communitypartners.massorg.indicators.domain.ActivityFigures;
import org.communitypartners.massorg.infrastructure.MassOrganizationsPersistence;
import org.communitypartners.massorg.volunteering.domain.ShiftStatus;

/**
 * Native SQL grouped per community (a conditional count has no JPQL form that H2 accepts). Id
 * lists are numbers written into the statement (never text from a request); times are stored in UTC.
 * The counts and the listings share their conditions, so the listed rows are the counted ones.
 */
@ApplicationScoped
public class JpaActivityFigures implements ActivityFigures {
    /** The community of a shift: its activity's, or its course session's. */
    private static final String SHIFT_COMMUNITY = "COALESCE(a.community_id, c.community_id)";
    private static final String SHIFT_JOINS = " LEFT JOIN activity a ON a.id = s.activity_id"
            + " LEFT JOIN mo_course_session cs ON cs.id = s.session_id LEFT JOIN mo_course c ON c.id = cs.course_id";
    private static final String PAGE = " LIMIT ? OFFSET ?";

    @PersistenceContext(unitName = MassOrganizationsPersistence.UNIT)
    private EntityManager em;

    @Override
    public List<Held> held(Collection<Long> communityIds, Instant from, Instant to, Instant now) {
        if (communityIds.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery("SELECT a.community_id, COUNT(DISTINCT a.id), COUNT(r.id) FROM activity a"
                + " LEFT JOIN activity_registration r ON r.activity_id = a.id AND r.status = ?"
                + heldWhere(communityIds) + " GROUP BY a.community_id")
                .setParameter(1, RegistrationStatus.ATTENDED.name());
        bindHeld(query, 2, from, to, now);
        return rows(query).stream().map(r -> new Held(longOf(r[0]), longOf(r[1]), longOf(r[2]))).toList();
    }

    @Override
    public List<HeldActivity> heldActivities(Collection<Long> communityIds, Instant from, Instant to, Instant now,
                                             int first, int max) {
        if (communityIds.isEmpty()) {
            return List.of();
        }
        // Checked in counted per activity as the grouped count's LEFT JOIN counts them (none gives 0).
        Query query = em.createNativeQuery("SELECT a.id, a.community_id, a.title, a.starts_at,"
                + " (SELECT COUNT(*) FROM activity_registration r WHERE r.activity_id = a.id AND r.status = ?)"
                + " FROM activity a" + heldWhere(communityIds) + " ORDER BY a.starts_at DESC, a.id DESC" + PAGE)
                .setParameter(1, RegistrationStatus.ATTENDED.name());
        int next = bindHeld(query, 2, from, to, now);
        query.setParameter(next, max).setParameter(next + 1, first);
        List<Object[]> found = rows(query);
        Map<Long, List<String>> organisers = organisers(found.stream().map(r -> longOf(r[0])).toList());
        return found.stream().map(r -> new HeldActivity(longOf(r[0]), longOf(r[1]), (String) r[2], instantOf(r[3]),
                organisers.getOrDefault(longOf(r[0]), List.of()), longOf(r[4]))).toList();
    }

    @Override
    public long countHeld(Collection<Long> communityIds, Instant from, Instant to, Instant now) {
        if (communityIds.isEmpty()) {
            return 0;
        }
        Query query = em.createNativeQuery("SELECT COUNT(*) FROM activity a" + heldWhere(communityIds));
        bindHeld(query, 1, from, to, now);
        return longOf(query.getSingleResult());
    }

    @Override
    public List<Minutes> confirmedMinutes(Collection<Long> communityIds, Instant from, Instant to) {
        if (communityIds.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery("SELECT " + SHIFT_COMMUNITY + ", SUM(s.credited_minutes)"
                + " FROM mo_volunteer_shift s" + SHIFT_JOINS + confirmedWhere(communityIds)
                + " GROUP BY " + SHIFT_COMMUNITY);
        bindConfirmed(query, 1, from, to);
        return rows(query).stream().map(r -> new Minutes(longOf(r[0]), longOf(r[1]))).toList();
    }

    @Override
    public List<ConfirmedShift> confirmedShifts(Collection<Long> communityIds, Instant from, Instant to, int first,
                                                int max) {
        if (communityIds.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery("SELECT s.id, s.organisation_id, s.started_at, COALESCE(a.title, c.title),"
                + " m.name, s.credited_minutes FROM mo_volunteer_shift s JOIN mo_member m ON m.id = s.member_id"
                + SHIFT_JOINS + confirmedWhere(communityIds) + " ORDER BY s.started_at DESC, s.id DESC" + PAGE);
        int next = bindConfirmed(query, 1, from, to);
        query.setParameter(next, max).setParameter(next + 1, first);
        return rows(query).stream().map(r -> new ConfirmedShift(longOf(r[0]), longOf(r[1]), instantOf(r[2]),
                (String) r[3], (String) r[4], longOf(r[5]))).toList();
    }

    @Override
    public long countConfirmedShifts(Collection<Long> communityIds, Instant from, Instant to) {
        if (communityIds.isEmpty()) {
            return 0;
        }
        Query query = em.createNativeQuery("SELECT COUNT(*) FROM mo_volunteer_shift s" + SHIFT_JOINS
                + confirmedWhere(communityIds));
        bindConfirmed(query, 1, from, to);
        return longOf(query.getSingleResult());
    }

    /** Activities held: in the communities, not called off, starting in the period and over by now. */
    private static String heldWhere(Collection<Long> communityIds) {
        return " WHERE a.community_id IN (" + idList(communityIds) + ") AND a.status <> ?"
                + " AND a.starts_at >= ? AND a.starts_at < ? AND a.ends_at <= ?";
    }

    /** Binds {@link #heldWhere}'s parameters from position {@code at}; answers the next free position. */
    private static int bindHeld(Query query, int at, Instant from, Instant to, Instant now) {
        query.setParameter(at, ActivityStatus.CANCELLED.name()).setParameter(at + 1, utc(from))
                .setParameter(at + 2, utc(to)).setParameter(at + 3, utc(now));
        return at + 4;
    }

    /** Shifts confirmed, starting in the period, at an activity or course session of the communities. */
    private static String confirmedWhere(Collection<Long> communityIds) {
        return " WHERE s.status = ? AND s.started_at >= ? AND s.started_at < ?"
                + " AND " + SHIFT_COMMUNITY + " IN (" + idList(communityIds) + ")";
    }

    /** Binds {@link #confirmedWhere}'s parameters from position {@code at}; answers the next free position. */
    private static int bindConfirmed(Query query, int at, Instant from, Instant to) {
        query.setParameter(at, ShiftStatus.CONFIRMED.name()).setParameter(at + 1, utc(from))
                .setParameter(at + 2, utc(to));
        return at + 3;
    }

    /** The organisers' names per activity, by name; one query for the whole page rather than one per row. */
    private Map<Long, List<String>> organisers(List<Long> activityIds) {
        Map<Long, List<String>> names = new HashMap<>();
        if (activityIds.isEmpty()) {
            return names;
        }
        Query query = em.createNativeQuery("SELECT o.activity_id, o.partner_name FROM activity_organiser o"
                + " WHERE o.activity_id IN (" + idList(activityIds) + ") ORDER BY o.activity_id, o.partner_name");
        for (Object[] r : rows(query)) {
            names.computeIfAbsent(longOf(r[0]), id -> new ArrayList<>()).add((String) r[1]);
        }
        return names;
    }

    /** A stored UTC time as the driver hands it back (a Timestamp or a LocalDateTime). */
    private static Instant instantOf(Object value) {
        LocalDateTime time = value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
        return time.toInstant(ZoneOffset.UTC);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }
}
