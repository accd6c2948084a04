package org.communitypartners.partners.orders.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import org.communitypartners.kernel.api.PhoneNumber;
import org.communitypartners.partners.orders.domain.TimelineEntry.Kind;
import org.junit.jupiter.api.Test;

class AudienceTest {
    private static final Instant NOW = Instant.parse("2026-11-28T04:00:00Z");
    private final WorkOrder order = WorkOrders.submitted(NOW);

    private TimelineEntry line(Kind kind, Actor actor, String by) {
        return new TimelineEntry(order, kind, actor, by, "联系 13912345678 或 0550-7012345", NOW);
    }

    private Reporter reporter(long id) throws ReflectiveOperationException {
        Reporter reporter = new Reporter(order, null, new PhoneNumber("13900001111"), false, NOW);
        Field field = Reporter.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(reporter, id);
        return reporter;
    }

    @Test
    void staffReadEverythingAsWritten() {
        TimelineEntry internal = line(Kind.COMMENT, Actor.COMMUNITY, "tianfu.staff");

        assertTrue(Audience.STAFF.reads(internal, null));
        assertEquals("tianfu.staff", Audience.STAFF.actorName(internal));
        assertEquals("联系 13912345678 或 0550-7012345", Audience.STAFF.note(internal.getNote()));
    }

    @Test
    void partnersDoNotReadTheCommunitysInternalNotesButDoReadUrging() {
        assertFalse(Audience.PARTNER.reads(line(Kind.COMMENT, Actor.COMMUNITY, "tianfu.staff"), null));
        assertFalse(Audience.PARTNER.reads(line(Kind.ESCALATED, Actor.SYSTEM, "escalation"), null));
        assertTrue(Audience.PARTNER.reads(line(Kind.URGED, Actor.COMMUNITY, "tianfu.staff"), null));
        assertTrue(Audience.PARTNER.reads(line(Kind.COMMENT, Actor.RESIDENT, "resident"), null));
        assertEquals("联系 139****5678 或 0550-****2345", Audience.PARTNER.note("联系 13912345678 或 0550-7012345"));
    }

    @Test
    void aResidentReadsTheLoopAndTheirOwnNotesOnly() throws ReflectiveOperationException {
        Reporter me = reporter(1);
        Reporter neighbour = reporter(2);

        assertTrue(Audience.RESIDENT.reads(line(Kind.RESOLVE, Actor.PARTNER, "yimin.staff"), me.getId()));
        assertFalse(Audience.RESIDENT.reads(line(Kind.URGED, Actor.COMMUNITY, "tianfu.staff"), me.getId()));
        assertFalse(Audience.RESIDENT.reads(line(Kind.COMMENT, Actor.COMMUNITY, "tianfu.staff"), me.getId()));
        assertTrue(Audience.RESIDENT.reads(line(Kind.COMMENT, Actor.RESIDENT, "resident").by(me), me.getId()));
        assertFalse(Audience.RESIDENT.reads(line(Kind.COMMENT, Actor.RESIDENT, "resident").by(neighbour), me.getId()));
        assertNull(Audience.RESIDENT.actorName(line(Kind.RESOLVE, Actor.PARTNER, "yimin.staff")));
    }

    @Test
    void nobodyReadsAResidentsNameOnTheTimeline() {
        TimelineEntry byResident = line(Kind.COMMENT, Actor.RESIDENT, "resident");

        assertNull(Audience.STAFF.actorName(byResident));
        assertNull(Audience.PARTNER.actorName(byResident));
    }
}
