package org.communitypartners.massorg.application;

import java.time.Instant;
import java.util.List;
import org.communitypartners.massorg.domain.Activity;
import org.communitypartners.massorg.domain.ActivityStatus;
import org.communitypartners.massorg.domain.Audience;

/** An activity as screens, REST and the public pages show it (no personal data in it). */
public record ActivityView(long id, String title, String description, String venue, long communityId,
                           String communityName, Instant startsAt, Instant endsAt, int capacity, Audience audience,
                           Instant opensAt, Instant closesAt, ActivityStatus status, int seatsTaken,
                           List<OrganiserView> organisers, boolean attendanceClosed, long version) {

    /** A mass organisation named as organiser. */
    public record OrganiserView(long partnerId, String name) {
    }

    public int seatsLeft() {
        return Math.max(0, capacity - seatsTaken);
    }

    /** The organisers' names joined for one line of text. */
    public String organiserNames() {
        return String.join("、", organisers.stream().map(OrganiserView::name).toList());
    }

    static ActivityView of(Activity a, String communityName) {
        return new ActivityView(a.getId(), a.getTitle(), a.getDescription(), a.getVenue(), a.getCommunityId(),
                communityName, a.getStartsAt(), a.getEndsAt(), a.getCapacity(), a.getAudience(), a.getOpensAt(),
                a.getClosesAt(), a.getStatus(), a.getSeatsTaken(),
                a.getOrganisers().stream().map(o -> new OrganiserView(o.getPartnerId(), o.getPartnerName())).toList(),
                a.isAttendanceClosed(), a.getVersion());
    }
}
