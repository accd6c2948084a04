package org.communitypartners.massorg.indicators.infrastructure;

import static org.communitypartners.kernel.api.persistence.NativeSql.idList;
import static org.communitypartners.kernel.api.persistence.NativeSql.longOf;
import static org.communitypartners.kernel.api.persistence.NativeSql.utc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.communitypartners.massorg.domain.ActivityStatus;
import org.communitypartners.massorg.domain.RegistrationStatus;
import org.communitypartners.massorg.indicators.domain.ActivityFigures;
import org.communitypartners.massorg.infrastructure.MassOrganizationsPersistence;
import org.communitypartners.massorg.volunteering.domain.ShiftStatus;

/**
 * Native SQL grouped per community (a conditional count has no JPQL form that H2 accepts). Id
 * lists are numbers written into the statement (never text from a request); times are stored in UTC.
 */
@ApplicationScoped
public class JpaActivityFigures implements ActivityFigures {
    /** The community of a shift: its activity's, or its course session's. */
    private static final String SHIFT_COMMUNITY = "COALESCE(a.community_id, c.community_id)";

    @PersistenceContext(unitName = MassOrganizationsPersistence.UNIT)
    private EntityManager em;

    @Override
    public List<Held> held(Collection<Long> communityIds, Instant from, Instant to, Instant now) {
        if (communityIds.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery("SELECT a.community_id, COUNT(DISTINCT a.id), COUNT(r.id) FROM activity a"
                + " LEFT JOIN activity_registration r ON r.activity_id = a.id AND r.status = ?"
                + " WHERE a.community_id IN (" + idList(communityIds) + ") AND a.status <> ?"
                + " AND a.starts_at >= ? AND a.starts_at < ? AND a.ends_at <= ? GROUP BY a.community_id")
                .setParameter(1, RegistrationStatus.ATTENDED.name()).setParameter(2, ActivityStatus.CANCELLED.name())
                .setParameter(3, utc(from)).setParameter(4, utc(to)).setParameter(5, utc(now));
        return rows(query).stream().map(r -> new Held(longOf(r[0]), longOf(r[1]), longOf(r[2]))).toList();
    }

    @Override
    public List<Minutes> confirmedMinutes(Collection<Long> communityIds, Instant from, Instant to) {
        if (communityIds.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery("SELECT " + SHIFT_COMMUNITY + ", SUM(s.credited_minutes)"
                + " FROM mo_volunteer_shift s LEFT JOIN activity a ON a.id = s.activity_id"
                + " LEFT JOIN mo_course_session cs ON cs.id = s.session_id LEFT JOIN mo_course c ON c.id = cs.course_id"
                + " WHERE s.status = ? AND s.started_at >= ? AND s.started_at < ?"
                + " AND " + SHIFT_COMMUNITY + " IN (" + idList(communityIds) + ") GROUP BY " + SHIFT_COMMUNITY)
                .setParameter(1, ShiftStatus.CONFIRMED.name()).setParameter(2, utc(from)).setParameter(3, utc(to));
        return rows(query).stream().map(r -> new Minutes(longOf(r[0]), longOf(r[1]))).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }
}
