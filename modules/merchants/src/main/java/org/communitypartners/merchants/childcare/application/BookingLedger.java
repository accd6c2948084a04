package org.communitypartners.merchants.childcare.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.communitypartners.merchants.library.domain.LibraryRules;
import org.communitypartners.kernel.api.AccessCode;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.PhoneNumber;
import org.communitypartners.merchants.childcare.domain.AgeBand;
import org.communitypartners.merchants.childcare.domain.BookingChannel;
import org.communitypartners.merchants.childcare.domain.CareBooking;
import org.communitypartners.merchants.childcare.domain.CareSession;
import org.communitypartners.merchants.childcare.domain.ChildCareRepository;
import org.communitypartners.merchants.childcare.domain.ChildCareRules;

/**
 * Taking and giving back seats. Each change locks the session's row first, so bookings of one
 * session take turns in the database, whichever server they reach, and the count never passes the
 * capacity. Each runs in its own short transaction on this module's unit only (callers check scope
 * and write the audit outside it): a request holds one pooled connection while it waits for the
 * lock, the same reasoning as the mass organisations' registrations.
 */
@ApplicationScoped
public class BookingLedger {
    static final String SESSION = "CareSession";

    @Inject
    ChildCareRepository childCare;
    @Inject
    Clock clock;

    /** What a booking came to, read inside its transaction. */
    public record Booked(CareBooking booking, CareSession session) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Booked bookAlone(long sessionId, String guardianName, String guardianPhone, AgeBand band, boolean consented,
                            BookingChannel channel) {
        ChildCareRules.requireConsent(consented);
        String name = LibraryRules.required(guardianName, ChildCareRules.PERSON_LENGTH, "childcare.guardianRequired");
        PhoneNumber phone = new PhoneNumber(guardianPhone);
        CareSession locked = childCare.lockSession(sessionId).orElseThrow(() -> new NotFoundInScope(SESSION, sessionId));
        Instant now = clock.instant();
        locked.takeSeat(band, consented, now);
        CareBooking booking = childCare.add(new CareBooking(sessionId, AccessCode.next(), name, phone, band, channel,
                now));
        return new Booked(booking, locked);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Booked cancelAlone(long sessionId, long bookingId) {
        CareSession locked = childCare.lockSession(sessionId).orElseThrow(() -> new NotFoundInScope(SESSION, sessionId));
        CareBooking booking = childCare.booking(bookingId).filter(b -> b.getSessionId() == sessionId)
                .orElseThrow(() -> new NotFoundInScope("CareBooking", bookingId));
        Instant now = clock.instant();
        booking.cancel(now);
        locked.releaseSeat(now);
        return new Booked(booking, locked);
    }
}
