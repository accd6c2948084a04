package org.communitypartners.partners.orders.domain;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.communitypartners.partners.orders.domain.TimelineEntry.Kind;

/**
 * Who reads an order's timeline, and so which lines and names they get. Staff read everything.
 * Partners do not read the community's internal notes. A resident reads the steps of the loop
 * and their own notes, never another follower's, nor the supervision between community and
 * partner. Phone numbers written into notes are masked for everyone but staff.
 */
public enum Audience {
    STAFF, PARTNER, RESIDENT;

    private static final Set<Kind> RESIDENT_KINDS = EnumSet.of(Kind.SUBMITTED, Kind.DISPATCH, Kind.REASSIGN,
            Kind.ACCEPT, Kind.START, Kind.RESOLVE, Kind.CONFIRM, Kind.REOPEN, Kind.CLOSE, Kind.WITHDRAW,
            Kind.MERGED);
    /** Supervision notes and staff notes stay between staff (URGED reaches the partner: that is its point). */
    private static final Set<Kind> INTERNAL_TO_STAFF = EnumSet.of(Kind.COMMENT, Kind.ESCALATED, Kind.ME_TOO);
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(1[3-9]\\d)\\d{4}(\\d{4})(?!\\d)");
    private static final Pattern LANDLINE = Pattern.compile("(?<!\\d)(0\\d{2,3})-?\\d{3,4}(\\d{4})(?!\\d)");

    /** Whether this audience reads the line; {@code ownReporterId} is the reading resident's. */
    public boolean reads(TimelineEntry entry, Long ownReporterId) {
        boolean byResident = entry.getActor() == Actor.RESIDENT;
        return switch (this) {
            case STAFF -> true;
            case PARTNER -> byResident || !INTERNAL_TO_STAFF.contains(entry.getKind());
            case RESIDENT -> byResident ? entry.getReporterId() == null || entry.getReporterId().equals(ownReporterId)
                    : RESIDENT_KINDS.contains(entry.getKind());
        };
    }

    /** The account name shown: never a resident's, and no staff names to residents. */
    public String actorName(TimelineEntry entry) {
        if (entry.getActor() == Actor.RESIDENT || this == RESIDENT) {
            return null;
        }
        return entry.getActorName();
    }

    public String note(String note) {
        if (note == null || this == STAFF) {
            return note;
        }
        return LANDLINE.matcher(MOBILE.matcher(note).replaceAll("$1****$2")).replaceAll("$1-****$2");
    }
}
