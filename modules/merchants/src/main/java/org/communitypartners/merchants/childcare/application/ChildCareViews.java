package org.communitypartners.merchants.childcare.application;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.communitypartners.merchants.childcare.domain.AgeBand;
import org.communitypartners.merchants.childcare.domain.BookingChannel;
import org.communitypartners.merchants.childcare.domain.BookingStatus;
import org.communitypartners.merchants.childcare.domain.CareBooking;
import org.communitypartners.merchants.childcare.domain.CareSession;
import org.communitypartners.merchants.childcare.domain.ChildCareRules;
import org.communitypartners.merchants.childcare.domain.ChildCareStation;
import org.communitypartners.merchants.childcare.domain.RotaEntry;

/** What screens and REST see of stations, sessions, bookings and the rota: phones only masked. */
public final class ChildCareViews {

    private ChildCareViews() {
    }

    public record StationView(long id, long communityId, String communityName, String name, String site,
                              long spacePartnerId, String spacePartnerName, long volunteerPartnerId,
                              String volunteerPartnerName, long coursePartnerId, String coursePartnerName,
                              int minVolunteers, boolean active, String updatedBy, Instant updatedAt, long version) {
        static StationView of(ChildCareStation s, String communityName) {
            return new StationView(s.getId(), s.getCommunityId(), communityName, s.getName(), s.getSite(),
                    s.getSpacePartnerId(), s.getSpacePartnerName(), s.getVolunteerPartnerId(),
                    s.getVolunteerPartnerName(), s.getCoursePartnerId(), s.getCoursePartnerName(), s.getMinVolunteers(),
                    s.isActive(), s.getUpdatedBy(), s.getUpdatedAt(), s.getVersion());
        }
    }

    /** A session with its seats and its rota: {@code rotaGap} volunteers are still missing. */
    public record SessionView(long id, long stationId, Instant startsAt, Instant endsAt, String topic, int capacity,
                              int seatsTaken, int freeSeats, AgeBand youngestBand, AgeBand oldestBand,
                              String ageBands, boolean cancelled, int volunteers, int minVolunteers, int rotaGap,
                              long version) {
        static SessionView of(CareSession s, int volunteers, int minVolunteers, Locale locale) {
            return new SessionView(s.getId(), s.getStationId(), s.getStartsAt(), s.getEndsAt(), s.getTopic(),
                    s.getCapacity(), s.getSeatsTaken(), s.freeSeats(), s.getYoungestBand(), s.getOldestBand(),
                    ChildCareWordings.range(s.getYoungestBand(), s.getOldestBand(), locale), s.isCancelled(),
                    volunteers, minVolunteers, ChildCareRules.rotaGap(minVolunteers, volunteers), s.getVersion());
        }
    }

    /** A booking as the station's staff see it: the guardian's phone masked, blank once anonymised. */
    public record BookingView(long id, long sessionId, String guardianName, String maskedPhone, AgeBand ageBand,
                              String ageBandName, Instant consentAt, String consentVersion, BookingChannel channel,
                              BookingStatus status, Instant bookedAt, Instant cancelledAt, boolean anonymised) {
        static BookingView of(CareBooking b, Locale locale) {
            return new BookingView(b.getId(), b.getSessionId(), b.getGuardianName() == null ? "" : b.getGuardianName(),
                    b.maskedPhone(), b.getAgeBand(), ChildCareWordings.band(b.getAgeBand(), locale), b.getConsentAt(),
                    b.getConsentVersion(), b.getChannel(), b.getStatus(), b.getBookedAt(), b.getCancelledAt(),
                    b.getAnonymisedAt() != null);
        }
    }

    public record RotaView(long id, long sessionId, String volunteerName, String maskedPhone, String assignedBy,
                           Instant assignedAt) {
        static RotaView of(RotaEntry r) {
            return new RotaView(r.getId(), r.getSessionId(), r.getVolunteerName(), r.maskedPhone(), r.getAssignedBy(),
                    r.getAssignedAt());
        }
    }

    /** A session with its bookings and its rota, for the session's detail. */
    public record SessionDetail(SessionView session, List<BookingView> bookings, List<RotaView> rota) {
    }

    /** What the public page shows of a station: nothing personal. */
    public record PublicStation(long id, String name, String site, String communityName, String spacePartnerName,
                                String volunteerPartnerName, String coursePartnerName, List<PublicSession> sessions) {
    }

    public record PublicSession(long id, Instant startsAt, Instant endsAt, String topic, String ageBands,
                                int freeSeats, boolean full) {
        static PublicSession of(CareSession s, Locale locale) {
            return new PublicSession(s.getId(), s.getStartsAt(), s.getEndsAt(), s.getTopic(),
                    ChildCareWordings.range(s.getYoungestBand(), s.getOldestBand(), locale), s.freeSeats(),
                    s.freeSeats() <= 0);
        }
    }

    /** What a guardian reads back with the booking code. */
    public record Receipt(String code, String stationName, String site, String topic, Instant startsAt, Instant endsAt,
                          String guardianName, String maskedPhone, String ageBandName, BookingStatus status,
                          boolean canCancel) {
    }
}
