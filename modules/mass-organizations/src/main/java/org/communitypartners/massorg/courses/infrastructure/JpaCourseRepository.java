package org.communitypartners.massorg.courses.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.massorg.courses.domain.Attendance;
import org.communitypartners.massorg.courses.domain.Course;
import org.communitypartners.massorg.courses.domain.CourseRepository;
import org.communitypartners.massorg.courses.domain.CourseSession;
import org.communitypartners.massorg.courses.domain.Enrolment;
import org.communitypartners.massorg.infrastructure.MassOrganizationsPersistence;
import org.communitypartners.massorg.organisations.domain.Rules;

@ApplicationScoped
public class JpaCourseRepository implements CourseRepository {
    private static final Map<String, String> SORTABLE = Map.of("title", "c.title", "termStartsOn", "c.termStartsOn",
            "kind", "c.kind");
    private static final Map<String, String> SESSION_SORTABLE = Map.of("startsAt", "s.startsAt");

    @PersistenceContext(unitName = MassOrganizationsPersistence.UNIT)
    private EntityManager em;

    @Override
    public Optional<Course> find(long id) {
        return Optional.ofNullable(em.find(Course.class, id));
    }

    @Override
    public Course add(Course course) {
        em.persist(course);
        em.flush();
        return course;
    }

    @Override
    public List<Course> list(long organisationId, PageRequest page) {
        return em.createQuery("SELECT c FROM Course c WHERE c.organisationId = :organisation"
                        + page.orderBy(SORTABLE, "c.termStartsOn DESC, c.id DESC"), Course.class)
                .setParameter("organisation", organisationId)
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    @Override
    public long count(long organisationId) {
        return em.createQuery("SELECT COUNT(c) FROM Course c WHERE c.organisationId = :organisation", Long.class)
                .setParameter("organisation", organisationId).getSingleResult();
    }

    @Override
    public Optional<CourseSession> session(long id) {
        return Optional.ofNullable(em.find(CourseSession.class, id));
    }

    @Override
    public CourseSession add(CourseSession session) {
        em.persist(session);
        em.flush();
        return session;
    }

    @Override
    public List<CourseSession> sessions(long courseId, PageRequest page) {
        return em.createQuery("SELECT s FROM CourseSession s WHERE s.courseId = :course"
                        + page.orderBy(SESSION_SORTABLE, "s.startsAt, s.id"), CourseSession.class)
                .setParameter("course", courseId)
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    @Override
    public long countSessions(long courseId) {
        return em.createQuery("SELECT COUNT(s) FROM CourseSession s WHERE s.courseId = :course", Long.class)
                .setParameter("course", courseId).getSingleResult();
    }

    @Override
    public Enrolment add(Enrolment enrolment) {
        boolean taken = !em.createQuery("SELECT e.id FROM Enrolment e WHERE e.courseId = :course AND e.phone = :phone",
                        Long.class).setParameter("course", enrolment.getCourseId())
                .setParameter("phone", enrolment.phoneNumber().value()).getResultList().isEmpty();
        if (taken) {
            throw Rules.violation("enrolment.duplicatePhone");
        }
        try {
            em.persist(enrolment);
            em.flush();
        } catch (PersistenceException e) {
            throw Rules.violation("enrolment.duplicatePhone");
        }
        return enrolment;
    }

    @Override
    public List<Enrolment> roster(long courseId) {
        return em.createQuery("SELECT e FROM Enrolment e WHERE e.courseId = :course ORDER BY e.name, e.id",
                Enrolment.class).setParameter("course", courseId).getResultList();
    }

    @Override
    public List<Attendance> attendance(long sessionId) {
        return em.createQuery("SELECT a FROM Attendance a WHERE a.sessionId = :session", Attendance.class)
                .setParameter("session", sessionId).getResultList();
    }

    @Override
    public void add(Attendance attendance) {
        em.persist(attendance);
    }

    @Override
    public Map<Long, Long> presentBySession(long courseId) {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("SELECT a.sessionId, COUNT(a) FROM Attendance a, CourseSession s WHERE a.sessionId = s.id"
                        + " AND s.courseId = :course AND a.present = TRUE GROUP BY a.sessionId", Object[].class)
                .setParameter("course", courseId).getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }
}
