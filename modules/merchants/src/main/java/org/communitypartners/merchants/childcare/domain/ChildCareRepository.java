package org.communitypartners.merchants.childcare.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitypartners.kernel.api.PageRequest;

/** Stations, sessions, bookings and rota entries. */
public interface ChildCareRepository {

    Optional<ChildCareStation> station(long id);

    ChildCareStation add(ChildCareStation station);

    /**
     * Stations within a set of communities (null: all), or of partners (null: any; a partner's staff
     * see the stations where their partner is one of the three), by community and name.
     */
    List<ChildCareStation> stations(Collection<Long> communityIds, Long partnerId, int limit);

    Optional<CareSession> session(long id);

    /** The session's row, locked until the transaction ends and read afresh: bookings of one session take turns. */
    Optional<CareSession> lockSession(long id);

    CareSession add(CareSession session);

    List<CareSession> sessions(long stationId, PageRequest page);

    long countSessions(long stationId);

    /** Sessions of the station not yet started and not cancelled, soonest first. */
    List<CareSession> upcoming(long stationId, Instant now, int limit);

    CareBooking add(CareBooking booking);

    Optional<CareBooking> booking(long id);

    Optional<CareBooking> bookingByCode(String code);

    List<CareBooking> bookings(long sessionId);

    /** Up to {@code limit} bookings of sessions that ended before the cutoff and still hold a guardian's data. */
    List<CareBooking> dueForAnonymising(Instant cutoff, int limit);

    RotaEntry add(RotaEntry entry);

    Optional<RotaEntry> rotaEntry(long id);

    void remove(RotaEntry entry);

    List<RotaEntry> rota(long sessionId);

    /** Rota sizes of several sessions at once: session id → volunteers assigned. */
    Map<Long, Integer> rotaSizes(Collection<Long> sessionIds);
}
