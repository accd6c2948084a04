package org.communitypartners.massorg.volunteering.application;

import java.math.BigDecimal;
import java.time.Instant;
import org.communitypartners.massorg.volunteering.domain.ShiftStatus;
import org.communitypartners.massorg.volunteering.domain.VolunteerHours;
import org.communitypartners.massorg.volunteering.domain.VolunteerShift;

/** A shift with the volunteer's name; {@code hours} are the credited (verified) hours, 0 until confirmed. */
public record ShiftView(long id, long organisationId, long memberId, String memberName, Long activityId,
                        Long sessionId, String place, String task, Instant startedAt, Instant endedAt,
                        ShiftStatus status, BigDecimal hours, String decidedBy, Instant decidedAt, long version) {

    static ShiftView of(VolunteerShift s, String memberName) {
        return new ShiftView(s.getId(), s.getOrganisationId(), s.getMemberId(), memberName, s.getActivityId(),
                s.getSessionId(), s.getPlace(), s.getTask(), s.getStartedAt(), s.getEndedAt(), s.getStatus(),
                VolunteerHours.hours(s.getCreditedMinutes()), s.getDecidedBy(), s.getDecidedAt(), s.getVersion());
    }
}
