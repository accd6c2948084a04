package org.communitypartners.massorg.projects.infrastructure;

import static org.communitypartners.kernel.api.persistence.NativeSql.longOf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.massorg.domain.ActivityStatus;
import org.communitypartners.massorg.domain.RegistrationStatus;
import org.communitypartners.massorg.infrastructure.MassOrganizationsPersistence;
import org.communitypartners.massorg.organisations.domain.Rules;
import org.communitypartners.massorg.projects.domain.Project;
import org.communitypartners.massorg.projects.domain.ProjectRepository;
import org.communitypartners.massorg.projects.domain.YearActuals;
import org.communitypartners.massorg.projects.domain.YearlyTarget;
import org.communitypartners.massorg.volunteering.domain.ShiftStatus;

@ApplicationScoped
public class JpaProjectRepository implements ProjectRepository {

    @PersistenceContext(unitName = MassOrganizationsPersistence.UNIT)
    private EntityManager em;

    @Override
    public Optional<Project> find(long id) {
        return Optional.ofNullable(em.find(Project.class, id));
    }

    @Override
    public Project add(Project project) {
        em.persist(project);
        em.flush();
        return project;
    }

    @Override
    public List<Project> list(long organisationId, PageRequest page) {
        return em.createQuery("SELECT p FROM Project p WHERE p.organisationId = :organisation"
                        + " ORDER BY p.startsOn DESC, p.id DESC", Project.class)
                .setParameter("organisation", organisationId)
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    @Override
    public long count(long organisationId) {
        return em.createQuery("SELECT COUNT(p) FROM Project p WHERE p.organisationId = :organisation", Long.class)
                .setParameter("organisation", organisationId).getSingleResult();
    }

    @Override
    public Optional<YearlyTarget> target(long organisationId, int year) {
        return em.createQuery("SELECT t FROM YearlyTarget t WHERE t.organisationId = :organisation AND t.year = :year",
                        YearlyTarget.class).setParameter("organisation", organisationId).setParameter("year", year)
                .getResultStream().findFirst();
    }

    @Override
    public YearlyTarget add(YearlyTarget target) {
        try {
            em.persist(target);
            em.flush();
        } catch (PersistenceException e) {
            throw Rules.violation("target.concurrent");
        }
        return target;
    }

    /**
     * Three counts in SQL over the activity, course and volunteering tables of this module (one
     * persistence unit); times are compared as stored, in UTC.
     */
    @Override
    public YearActuals actuals(long organisationId, long partnerId, Instant from, Instant to) {
        LocalDateTime start = LocalDateTime.ofInstant(from, ZoneOffset.UTC);
        LocalDateTime end = LocalDateTime.ofInstant(to, ZoneOffset.UTC);
        String organised = "SELECT a.id FROM activity a JOIN activity_organiser o ON o.activity_id = a.id"
                + " WHERE o.partner_id = ?1 AND a.status <> ?2 AND a.starts_at >= ?3 AND a.starts_at < ?4";
        long activities = longOf(em.createNativeQuery("SELECT COUNT(*) FROM (" + organised + ") x")
                .setParameter(1, partnerId).setParameter(2, ActivityStatus.CANCELLED.name())
                .setParameter(3, start).setParameter(4, end).getSingleResult());
        long checkedIn = longOf(em.createNativeQuery("SELECT COUNT(*) FROM activity_registration r WHERE r.status = ?5"
                        + " AND r.activity_id IN (" + organised + ")")
                .setParameter(1, partnerId).setParameter(2, ActivityStatus.CANCELLED.name())
                .setParameter(3, start).setParameter(4, end)
                .setParameter(5, RegistrationStatus.ATTENDED.name()).getSingleResult());
        long attended = longOf(em.createNativeQuery("SELECT COUNT(*) FROM mo_attendance t"
                        + " JOIN mo_course_session s ON s.id = t.session_id JOIN mo_course c ON c.id = s.course_id"
                        + " WHERE c.organisation_id = ?1 AND t.present = TRUE AND s.starts_at >= ?2 AND s.starts_at < ?3")
                .setParameter(1, organisationId).setParameter(2, start).setParameter(3, end).getSingleResult());
        long minutes = longOf(em.createNativeQuery("SELECT COALESCE(SUM(credited_minutes), 0) FROM mo_volunteer_shift"
                        + " WHERE organisation_id = ?1 AND status = ?2 AND started_at >= ?3 AND started_at < ?4")
                .setParameter(1, organisationId).setParameter(2, ShiftStatus.CONFIRMED.name())
                .setParameter(3, start).setParameter(4, end).getSingleResult());
        return new YearActuals(activities, checkedIn + attended, minutes, null);
    }

    @Override
    public List<Linkable> activitiesOf(long partnerId, int limit) {
        return em.createQuery("SELECT a.id, a.title FROM Activity a JOIN a.organisers o WHERE o.partnerId = :partner"
                        + " AND a.status <> :cancelled ORDER BY a.startsAt DESC", Object[].class)
                .setParameter("partner", partnerId).setParameter("cancelled", ActivityStatus.CANCELLED)
                .setMaxResults(limit).getResultList().stream()
                .map(row -> new Linkable((Long) row[0], (String) row[1])).toList();
    }

    @Override
    public List<Linkable> coursesOf(long organisationId, int limit) {
        return em.createQuery("SELECT c.id, c.title, c.term FROM Course c WHERE c.organisationId = :organisation"
                        + " ORDER BY c.termStartsOn DESC", Object[].class)
                .setParameter("organisation", organisationId).setMaxResults(limit).getResultList().stream()
                .map(row -> new Linkable((Long) row[0], row[1] + " " + row[2])).toList();
    }
}
