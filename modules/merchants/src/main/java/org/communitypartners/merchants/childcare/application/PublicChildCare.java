package org.communitypartners.merchants.childcare.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;
import org.communitypartners.kernel.api.AccessCode;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.childcare.application.ChildCareViews.PublicSession;
import org.communitypartners.merchants.childcare.application.ChildCareViews.PublicStation;
import org.communitypartners.merchants.childcare.application.ChildCareViews.Receipt;
import org.communitypartners.merchants.childcare.domain.AgeBand;
import org.communitypartners.merchants.childcare.domain.BookingChannel;
import org.communitypartners.merchants.childcare.domain.BookingStatus;
import org.communitypartners.merchants.childcare.domain.CareBooking;
import org.communitypartners.merchants.childcare.domain.CareSession;
import org.communitypartners.merchants.childcare.domain.ChildCareRepository;
import org.communitypartners.merchants.childcare.domain.ChildCareStation;

/**
 * What guardians do without an account: see a station's coming sessions with free seats, book one
 * for a child of an age band with their consent, and read back or cancel the booking by its code.
 * A closed station, or one where the module is off, answers as missing.
 */
@Stateless
@PermitAll
public class PublicChildCare {
    private static final int UPCOMING = 60;

    @Inject
    ChildCareRepository childCare;
    @Inject
    BookingLedger ledger;
    @Inject
    ModuleGate gate;
    @Inject
    OrgDirectory directory;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    public PublicStation station(long stationId, Locale locale) {
        ChildCareStation station = openStation(stationId);
        return new PublicStation(station.getId(), station.getName(), station.getSite(),
                directory.find(station.getCommunityId()).map(OrgUnitView::name).orElse(""),
                station.getSpacePartnerName(), station.getVolunteerPartnerName(), station.getCoursePartnerName(),
                childCare.upcoming(stationId, clock.instant(), UPCOMING).stream()
                        .map(s -> PublicSession.of(s, locale)).toList());
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Receipt book(long sessionId, String guardianName, String guardianPhone, AgeBand band, boolean consented,
                        Locale locale) {
        CareSession session = childCare.session(sessionId)
                .orElseThrow(() -> new NotFoundInScope(BookingLedger.SESSION, sessionId));
        openStation(session.getStationId());
        BookingLedger.Booked booked = ledger.bookAlone(sessionId, guardianName, guardianPhone, band, consented,
                BookingChannel.PUBLIC);
        audit.success("childcare.booking.create", BookingLedger.SESSION, sessionId,
                booked.booking().getId() + " " + booked.booking().maskedPhone());
        return receipt(booked.booking(), booked.session(), locale);
    }

    public Receipt find(String code, Locale locale) {
        CareBooking booking = byCode(code);
        return receipt(booking, childCare.session(booking.getSessionId()).orElseThrow(), locale);
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Receipt cancel(String code, Locale locale) {
        CareBooking booking = byCode(code);
        BookingLedger.Booked cancelled = ledger.cancelAlone(booking.getSessionId(), booking.getId());
        audit.success("childcare.booking.cancel", BookingLedger.SESSION, booking.getSessionId(),
                String.valueOf(booking.getId()));
        return receipt(cancelled.booking(), cancelled.session(), locale);
    }

    private CareBooking byCode(String code) {
        CareBooking booking = AccessCode.normalise(code).flatMap(childCare::bookingByCode)
                .orElseThrow(() -> new NotFoundInScope("CareBooking", "code"));
        childCare.session(booking.getSessionId()).ifPresent(s -> enabledStation(s.getStationId()));
        return booking;
    }

    private ChildCareStation openStation(long stationId) {
        ChildCareStation station = enabledStation(stationId);
        if (!station.isActive()) {
            throw new NotFoundInScope(StationDesk.STATION, stationId);
        }
        return station;
    }

    private ChildCareStation enabledStation(long stationId) {
        return childCare.station(stationId).filter(s -> gate.isEnabledAt(MerchantsModule.KEY, s.getCommunityId()))
                .orElseThrow(() -> new NotFoundInScope(StationDesk.STATION, stationId));
    }

    private Receipt receipt(CareBooking booking, CareSession session, Locale locale) {
        ChildCareStation station = childCare.station(session.getStationId()).orElseThrow();
        boolean open = booking.getStatus() == BookingStatus.BOOKED && clock.instant().isBefore(session.getStartsAt());
        return new Receipt(AccessCode.display(booking.getCode()), station.getName(), station.getSite(),
                session.getTopic(), session.getStartsAt(), session.getEndsAt(),
                booking.getGuardianName() == null ? "" : booking.getGuardianName(), booking.maskedPhone(),
                ChildCareWordings.band(booking.getAgeBand(), locale), booking.getStatus(), open);
    }
}
