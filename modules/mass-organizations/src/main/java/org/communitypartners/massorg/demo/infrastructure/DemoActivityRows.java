package org.communitypartners.massorg.demo.infrastructure;

import static org.communitypartners.kernel.api.persistence.NativeSql.utc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.communitypartners.kernel.api.AccessCode;
import org.communitypartners.massorg.infrastructure.MassOrganizationsPersistence;

/**
 * Demo rows with their history in the past, written as registration, check-in and the time bank
 * would have left them, which the services cannot do: they stamp everything with the present.
 */
@ApplicationScoped
public class DemoActivityRows {
    private static final String SYSTEM = "demo";

    @PersistenceContext(unitName = MassOrganizationsPersistence.UNIT)
    private EntityManager em;

    public long organisation(long partnerId, long subdistrictId, long homeUnitId, String name, String kind,
                             List<Long> communities, Instant createdAt) {
        em.createNativeQuery("INSERT INTO mo_organisation (partner_id, subdistrict_id, home_unit_id, name, kind,"
                        + " created_by, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, 0)")
                .setParameter(1, partnerId).setParameter(2, subdistrictId).setParameter(3, homeUnitId)
                .setParameter(4, name).setParameter(5, kind).setParameter(6, SYSTEM).setParameter(7, utc(createdAt))
                .executeUpdate();
        long id = lastId("mo_organisation");
        for (long community : communities) {
            em.createNativeQuery("INSERT INTO mo_organisation_community (organisation_id, community_id) VALUES (?, ?)")
                    .setParameter(1, id).setParameter(2, community).executeUpdate();
        }
        return id;
    }

    public long member(long organisationId, String name, String phone, LocalDate joined, String leaderTitle,
                       String skills) {
        em.createNativeQuery("INSERT INTO mo_member (organisation_id, name, phone, joined_on, leader_title, volunteer,"
                        + " skills, version) VALUES (?, ?, ?, ?, ?, TRUE, ?, 0)")
                .setParameter(1, organisationId).setParameter(2, name).setParameter(3, phone).setParameter(4, joined)
                .setParameter(5, leaderTitle).setParameter(6, skills).executeUpdate();
        return lastId("mo_member");
    }

    /** A past activity, registration closed and attendance taken. */
    public long activity(long subdistrictId, long communityId, long partnerId, String partnerName, String title,
                         String description, String venue, Instant startsAt, Instant endsAt, int capacity,
                         int registered) {
        em.createNativeQuery("INSERT INTO activity (subdistrict_id, community_id, title, description, venue, starts_at,"
                        + " ends_at, capacity, audience, opens_at, closes_at, status, seats_taken, last_arrival,"
                        + " attendance_closed, created_by, created_at, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'COMMUNITY_RESIDENTS', ?, ?, 'SCHEDULED', ?, ?, TRUE, ?, ?, 0)")
                .setParameter(1, subdistrictId).setParameter(2, communityId).setParameter(3, title)
                .setParameter(4, description).setParameter(5, venue).setParameter(6, utc(startsAt))
                .setParameter(7, utc(endsAt)).setParameter(8, capacity)
                .setParameter(9, utc(startsAt.minusSeconds(14 * 86_400L)))
                .setParameter(10, utc(startsAt.minusSeconds(3_600))).setParameter(11, registered)
                .setParameter(12, registered).setParameter(13, SYSTEM)
                .setParameter(14, utc(startsAt.minusSeconds(15 * 86_400L))).executeUpdate();
        long id = lastId("activity");
        em.createNativeQuery("INSERT INTO activity_organiser (activity_id, partner_id, partner_name) VALUES (?, ?, ?)")
                .setParameter(1, id).setParameter(2, partnerId).setParameter(3, partnerName).executeUpdate();
        return id;
    }

    /** A registration in arrival order, checked in at the door or not shown. */
    public void registration(long activityId, int arrival, String name, String phone, Instant registeredAt,
                             Instant checkedInAt) {
        em.createNativeQuery("INSERT INTO activity_registration (activity_id, name, phone, code, arrival, status,"
                        + " channel, registered_at, checked_in_at, version) VALUES (?, ?, ?, ?, ?, ?, 'PUBLIC', ?, ?, 0)")
                .setParameter(1, activityId).setParameter(2, name).setParameter(3, phone)
                .setParameter(4, AccessCode.next()).setParameter(5, arrival)
                .setParameter(6, checkedInAt == null ? "NO_SHOW" : "ATTENDED").setParameter(7, utc(registeredAt))
                .setParameter(8, checkedInAt == null ? null : utc(checkedInAt)).executeUpdate();
    }

    /** A volunteer's shift at an activity; confirmed by the organiser with its credited minutes, or still pending. */
    public void shift(long organisationId, long memberId, long activityId, String place, String task, Instant startedAt,
                      Instant endedAt, int creditedMinutes, String confirmedBy, Instant confirmedAt) {
        em.createNativeQuery("INSERT INTO mo_volunteer_shift (organisation_id, member_id, activity_id, place, task,"
                        + " started_at, ended_at, status, credited_minutes, recorded_by, recorded_at, decided_by,"
                        + " decided_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .setParameter(1, organisationId).setParameter(2, memberId).setParameter(3, activityId)
                .setParameter(4, place).setParameter(5, task).setParameter(6, utc(startedAt))
                .setParameter(7, utc(endedAt)).setParameter(8, confirmedBy == null ? "PENDING" : "CONFIRMED")
                .setParameter(9, confirmedBy == null ? 0 : creditedMinutes).setParameter(10, SYSTEM)
                .setParameter(11, utc(endedAt)).setParameter(12, confirmedBy)
                .setParameter(13, confirmedAt == null ? null : utc(confirmedAt)).executeUpdate();
    }

    /** The seeding is the only writer of an empty demo database, so the newest id is the row just written. */
    private long lastId(String table) {
        return ((Number) em.createNativeQuery("SELECT MAX(id) FROM " + table).getSingleResult()).longValue();
    }
}
