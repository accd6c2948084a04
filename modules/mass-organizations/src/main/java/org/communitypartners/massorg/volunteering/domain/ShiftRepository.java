package org.communitypartners.massorg.volunteering.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.communitypartners.kernel.api.PageRequest;

public interface ShiftRepository {

    Optional<VolunteerShift> find(long id);

    VolunteerShift add(VolunteerShift shift);

    /** The organisation's shifts, optionally of one status or one member, newest first. */
    List<VolunteerShift> list(long organisationId, ShiftStatus status, Long memberId, PageRequest page);

    long count(long organisationId, ShiftStatus status, Long memberId);

    /** Every confirmed shift of the member, oldest first (a certificate lists them). */
    List<VolunteerShift> confirmedOf(long memberId);

    /** The time bank of an organisation: per member, verified minutes, most first. */
    List<MemberMinutes> verifiedByMember(long organisationId, PageRequest page);

    long countMembersWithHours(long organisationId);

    /** Verified minutes of the organisation credited for shifts started in [from, to). */
    long verifiedMinutes(long organisationId, Instant from, Instant to);

    /** One row of the time bank. */
    record MemberMinutes(long memberId, long minutes) {
    }

    /** The organisation's activities and course sessions starting in [from, to), newest first, at most {@code limit}. */
    List<Occasion> occasions(long organisationId, long partnerId, Instant from, Instant to, int limit);

    /** Something to volunteer at: an activity or a course session. */
    record Occasion(Long activityId, Long sessionId, String title, Instant startsAt) {
    }
}
