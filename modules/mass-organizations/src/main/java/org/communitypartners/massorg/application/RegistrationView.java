package org.communitypartners.massorg.application;

import java.time.Instant;
import org.communitypartners.massorg.domain.Channel;
import org.communitypartners.massorg.domain.Registration;
import org.communitypartners.massorg.domain.RegistrationStatus;

/** A registration as staff see it: the phone only masked, no code. {@code waitlistPosition} is 0 off the waitlist. */
public record RegistrationView(long id, long activityId, String name, String maskedPhone, int arrival,
                               RegistrationStatus status, int waitlistPosition, Channel channel, Instant registeredAt,
                               Instant promotedAt, Instant checkedInAt, long version) {

    static RegistrationView of(Registration r, int waitlistPosition) {
        return new RegistrationView(r.getId(), r.getActivityId(), r.getName(), r.phoneNumber().masked(), r.getArrival(),
                r.getStatus(), waitlistPosition, r.getChannel(), r.getRegisteredAt(), r.getPromotedAt(),
                r.getCheckedInAt(), r.getVersion());
    }
}
