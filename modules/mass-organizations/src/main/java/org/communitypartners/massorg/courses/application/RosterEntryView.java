package org.communitypartners.massorg.courses.application;

import java.time.LocalDate;
import org.communitypartners.massorg.courses.domain.Enrolment;

/** One person on a roster, the phone masked; {@code present} for one session when asked, else null. */
public record RosterEntryView(long id, Long memberId, String name, String maskedPhone, LocalDate enrolledOn,
                              Boolean present) {

    static RosterEntryView of(Enrolment e, Boolean present) {
        return new RosterEntryView(e.getId(), e.getMemberId(), e.getName(), e.phoneNumber().masked(),
                e.getEnrolledOn(), present);
    }
}
