package org.communitypartners.partners.demo.infrastructure;

import static org.communitypartners.kernel.api.persistence.NativeSql.utc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.communitypartners.kernel.api.AccessCode;
import org.communitypartners.partners.api.PartnerKind;
import org.communitypartners.partners.demo.domain.DemoOrderPlan.PlannedOrder;
import org.communitypartners.partners.demo.domain.DemoOrderPlan.Status;
import org.communitypartners.partners.infrastructure.PartnersPersistence;

/**
 * Demo rows with their history in the past, written as the registry and the loop would have
 * left them (status changes, reporters, timeline events), which their services cannot do: they
 * stamp everything with the present.
 */
@ApplicationScoped
public class DemoRows {
    private static final String SYSTEM = "demo";

    @PersistenceContext(unitName = PartnersPersistence.UNIT)
    private EntityManager em;

    /** An active partner: applied, approved by the community, activated by the subdistrict. */
    public long activePartner(PartnerKind kind, String name, String contact, String phone, long homeUnitId,
                              List<Long> servedCommunityIds, Instant appliedAt) {
        em.createNativeQuery("INSERT INTO partner (kind, name, contact_name, contact_phone, home_unit_id, status, "
                        + "applied_at, version) VALUES (?, ?, ?, ?, ?, 'ACTIVE', ?, 0)")
                .setParameter(1, kind.name()).setParameter(2, name).setParameter(3, contact).setParameter(4, phone)
                .setParameter(5, homeUnitId).setParameter(6, utc(appliedAt)).executeUpdate();
        long id = lastId("partner");
        // The code the registry gives: P-year applied-id.
        em.createNativeQuery("UPDATE partner SET code = ? WHERE id = ?")
                .setParameter(1, String.format("P-%d-%06d", appliedAt.atZone(ZoneOffset.ofHours(8)).getYear(), id))
                .setParameter(2, id).executeUpdate();
        for (long community : servedCommunityIds) {
            em.createNativeQuery("INSERT INTO partner_community (partner_id, community_id) VALUES (?, ?)")
                    .setParameter(1, id).setParameter(2, community).executeUpdate();
        }
        statusChange(id, "APPROVE", "APPLIED", "APPROVED", "材料齐全，社区审核通过", appliedAt.plus(Duration.ofDays(3)));
        statusChange(id, "ACTIVATE", "APPROVED", "ACTIVE", "签订共建协议", appliedAt.plus(Duration.ofDays(10)));
        return id;
    }

    private void statusChange(long partnerId, String step, String from, String to, String reason, Instant at) {
        em.createNativeQuery("INSERT INTO partner_status_change (partner_id, step, from_status, to_status, reason, "
                        + "taken_by, taken_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, partnerId).setParameter(2, step).setParameter(3, from).setParameter(4, to)
                .setParameter(5, reason).setParameter(6, SYSTEM).setParameter(7, utc(at)).executeUpdate();
    }

    /** An order with its first reporter and the timeline of the steps it went through. */
    public void order(PlannedOrder planned, long subdistrictId, String description, String reporterName,
                      String reporterPhone) {
        Instant at = planned.submittedAt();
        Instant dispatched = at.plus(Duration.ofMinutes(10));
        Instant accepted = at.plus(Duration.ofMinutes(25));
        Instant resolved = planned.resolvedAfter() == null ? null : at.plus(planned.resolvedAfter());
        Instant confirmed = planned.status() == Status.CONFIRMED ? resolved.plus(Duration.ofHours(20)) : null;
        Instant closed = planned.status() == Status.CLOSED ? resolved.plus(Duration.ofDays(2)) : null;
        boolean accepting = planned.status() != Status.DISPATCHED;
        Object[] limits = (Object[]) em.createNativeQuery("SELECT accept_minutes, resolve_minutes FROM "
                + "work_order_category WHERE code = ?").setParameter(1, planned.category()).getSingleResult();
        long acceptMinutes = ((Number) limits[0]).longValue();
        long resolveMinutes = ((Number) limits[1]).longValue();
        em.createNativeQuery("INSERT INTO work_order (category_code, complaint, subdistrict_id, community_id, "
                        + "compound_id, description, channel, status, close_reason, partner_id, accept_minutes, "
                        + "resolve_minutes, submitted_at, dispatched_at, accepted_at, resolved_at, confirmed_at, "
                        + "closed_at, accept_due_at, resolve_due_at, escalation, rating, version) "
                        + "VALUES (?, ?, ?, ?, ?, ?, 'ONLINE', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'NONE', ?, 0)")
                .setParameter(1, planned.category()).setParameter(2, planned.complaint())
                .setParameter(3, subdistrictId).setParameter(4, planned.compound().communityId())
                .setParameter(5, planned.compound().compoundId()).setParameter(6, description)
                .setParameter(7, planned.status().name()).setParameter(8, closed == null ? null : "FIXED")
                .setParameter(9, planned.compound().partnerId()).setParameter(10, acceptMinutes)
                .setParameter(11, resolveMinutes).setParameter(12, utc(at)).setParameter(13, utc(dispatched))
                .setParameter(14, accepting ? utc(accepted) : null).setParameter(15, utc(resolved))
                .setParameter(16, utc(confirmed)).setParameter(17, utc(closed))
                .setParameter(18, utc(at.plus(Duration.ofMinutes(acceptMinutes))))
                .setParameter(19, utc(at.plus(Duration.ofMinutes(resolveMinutes)))).setParameter(20, planned.rating())
                .executeUpdate();
        long order = lastId("work_order");
        em.createNativeQuery("INSERT INTO work_order_reporter (order_id, tracking_code, name, phone, first_reporter, "
                        + "joined_at) VALUES (?, ?, ?, ?, TRUE, ?)")
                .setParameter(1, order).setParameter(2, AccessCode.next()).setParameter(3, reporterName)
                .setParameter(4, reporterPhone).setParameter(5, utc(at)).executeUpdate();
        event(order, "SUBMITTED", "RESIDENT", "resident", "SUBMITTED", null, at);
        event(order, "DISPATCH", "COMMUNITY", SYSTEM, "DISPATCHED", planned.compound().partnerId(), dispatched);
        if (accepting) {
            event(order, "ACCEPT", "PARTNER", SYSTEM, "ACCEPTED", planned.compound().partnerId(), accepted);
        }
        if (resolved != null) {
            event(order, "RESOLVE", "PARTNER", SYSTEM, "RESOLVED", planned.compound().partnerId(), resolved);
        }
        if (confirmed != null) {
            event(order, "CONFIRM", "RESIDENT", "resident", "CONFIRMED", null, confirmed);
        }
        if (closed != null) {
            event(order, "CLOSE", "COMMUNITY", SYSTEM, "CLOSED", null, closed);
        }
    }

    private void event(long order, String kind, String actor, String actorName, String status, Long partnerId,
                       Instant at) {
        em.createNativeQuery("INSERT INTO work_order_event (order_id, kind, actor, actor_name, to_status, "
                        + "partner_id, at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, order).setParameter(2, kind).setParameter(3, actor).setParameter(4, actorName)
                .setParameter(5, status).setParameter(6, partnerId).setParameter(7, utc(at)).executeUpdate();
    }

    /** The seeding is the only writer of an empty demo database, so the newest id is the row just written. */
    private long lastId(String table) {
        return ((Number) em.createNativeQuery("SELECT MAX(id) FROM " + table).getSingleResult()).longValue();
    }
}
