package org.communitypartners.merchants.childcare.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.CallerScope;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.PartnerStaffAccounts;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.childcare.application.ChildCareViews.BookingView;
import org.communitypartners.merchants.childcare.application.ChildCareViews.RotaView;
import org.communitypartners.merchants.childcare.application.ChildCareViews.SessionDetail;
import org.communitypartners.merchants.childcare.application.ChildCareViews.SessionView;
import org.communitypartners.merchants.childcare.application.ChildCareViews.StationView;
import org.communitypartners.merchants.childcare.domain.AgeBand;
import org.communitypartners.merchants.childcare.domain.BookingChannel;
import org.communitypartners.merchants.childcare.domain.CareSession;
import org.communitypartners.merchants.childcare.domain.ChildCareRepository;
import org.communitypartners.merchants.childcare.domain.ChildCareStation;
import org.communitypartners.merchants.childcare.domain.RotaEntry;
import org.communitypartners.partners.api.PartnerKind;
import org.communitypartners.partners.api.PartnerLookup;
import org.communitypartners.partners.api.PartnerStatus;
import org.communitypartners.partners.api.PartnerView;

/**
 * Child-care stations for community and subdistrict staff, and for the staff of the station's three
 * partners: staff set stations up in their communities; staff and the partners' staff plan sessions,
 * keep the volunteer rota, and see (and on a guardian's call, make or cancel) bookings. A partner's
 * staff see only the stations their partner is one of the three of; anything else answers as missing.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF, Roles.PARTNER_STAFF})
public class StationDesk {
    static final String STATION = "ChildCareStation";
    private static final String BUNDLE = MerchantsModule.BUNDLE;
    private static final int STATION_LIMIT = 200;
    private static final int PARTNER_CHOICES = 100;

    @Inject
    ChildCareRepository childCare;
    @Inject
    BookingLedger ledger;
    @Inject
    PartnerLookup partners;
    @Inject
    PartnerStaffAccounts staffAccounts;
    @Inject
    CallerScope scope;
    @Inject
    ModuleGate gate;
    @Inject
    OrgDirectory directory;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    SecurityContext security;

    /** A station as written: the community, the site, the three partners by id, the volunteers each session needs. */
    public record StationDraft(Long communityId, String name, String site, Long spacePartnerId, Long volunteerPartnerId,
                               Long coursePartnerId, Integer minVolunteers) {
    }

    /** A session as written; times in UTC (REST: ISO instants, e.g. 2026-12-05T01:30:00Z). */
    public record SessionDraft(Instant startsAt, Instant endsAt, String topic, Integer capacity,
                               String youngestBand, String oldestBand) {
    }

    /** A booking staff take on a guardian's call: the guardian confirmed the consent text on the phone. */
    public record BookingDraft(String guardianName, String guardianPhone, String ageBand, boolean consent) {
    }

    public record RotaDraft(String volunteerName, String volunteerPhone) {
    }

    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
    public StationView createStation(StationDraft draft) {
        if (draft == null || draft.communityId() == null) {
            throw new RuleViolation(BUNDLE, "childcare.communityRequired");
        }
        OrgUnitView community = community(draft.communityId());
        long subdistrict = directory.subdistrictOf(community.id()).orElseThrow().id();
        ChildCareStation station = childCare.add(new ChildCareStation(subdistrict, community.id(), details(draft),
                caller(), clock.instant()));
        audit.success("childcare.station.create", STATION, station.getId(), station.getName());
        return StationView.of(station, community.name());
    }

    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
    public StationView updateStation(long id, long version, StationDraft draft) {
        ChildCareStation station = visibleStation(id);
        requireVersion(station.getVersion(), version);
        if (draft == null) {
            throw new RuleViolation(BUNDLE, "childcare.nameRequired");
        }
        station.describe(details(draft), caller(), clock.instant());
        audit.success("childcare.station.update", STATION, id, station.getName());
        return view(station);
    }

    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
    public StationView setStationActive(long id, long version, boolean active) {
        ChildCareStation station = visibleStation(id);
        requireVersion(station.getVersion(), version);
        station.setActive(active, caller(), clock.instant());
        audit.success(active ? "childcare.station.open" : "childcare.station.close", STATION, id, station.getName());
        return view(station);
    }

    public StationView station(long id) {
        return view(visibleStation(id));
    }

    /** The stations the caller keeps: staff those of their subtree, a partner's staff those of their partner. */
    public List<StationView> stations() {
        List<ChildCareStation> found;
        if (isStaff()) {
            found = childCare.stations(scope.coversWholeTree() ? null : scope.visibleUnitIds(), null, STATION_LIMIT);
        } else {
            long own = ownPartner().orElseThrow(() -> new NotFoundInScope(STATION, "list"));
            found = childCare.stations(null, own, STATION_LIMIT);
        }
        return found.stream().filter(s -> gate.isEnabledAt(MerchantsModule.KEY, s.getCommunityId()))
                .map(this::view).toList();
    }

    public SessionView addSession(long stationId, SessionDraft draft, Locale locale) {
        ChildCareStation station = visibleStation(stationId);
        CareSession session = childCare.add(new CareSession(station.getId(), plan(draft)));
        audit.success("childcare.session.create", STATION, stationId, session.getId() + " " + session.getTopic());
        return SessionView.of(session, 0, station.getMinVolunteers(), locale);
    }

    public SessionView updateSession(long sessionId, long version, SessionDraft draft, Locale locale) {
        ChildCareStation station = visibleStation(visibleSession(sessionId).getStationId());
        CareSession session = childCare.lockSession(sessionId).orElseThrow();
        requireVersion(session.getVersion(), version);
        session.plan(plan(draft));
        audit.success("childcare.session.update", BookingLedger.SESSION, sessionId, session.getTopic() + " capacity "
                + session.getCapacity());
        return sessionView(session, station, locale);
    }

    public SessionView cancelSession(long sessionId, long version, Locale locale) {
        ChildCareStation station = visibleStation(visibleSession(sessionId).getStationId());
        CareSession session = childCare.lockSession(sessionId).orElseThrow();
        requireVersion(session.getVersion(), version);
        session.cancel();
        audit.success("childcare.session.cancel", BookingLedger.SESSION, sessionId, session.getTopic());
        return sessionView(session, station, locale);
    }

    public List<SessionView> sessions(long stationId, PageRequest page, Locale locale) {
        ChildCareStation station = visibleStation(stationId);
        List<CareSession> found = childCare.sessions(stationId, page);
        Map<Long, Integer> rota = childCare.rotaSizes(found.stream().map(CareSession::getId).toList());
        return found.stream().map(s -> SessionView.of(s, rota.getOrDefault(s.getId(), 0), station.getMinVolunteers(),
                locale)).toList();
    }

    public long countSessions(long stationId) {
        visibleStation(stationId);
        return childCare.countSessions(stationId);
    }

    /** A session with its bookings (guardians' phones masked) and its rota. */
    public SessionDetail session(long sessionId, Locale locale) {
        CareSession session = visibleSession(sessionId);
        ChildCareStation station = childCare.station(session.getStationId()).orElseThrow();
        return new SessionDetail(sessionView(session, station, locale),
                childCare.bookings(sessionId).stream().map(b -> BookingView.of(b, locale)).toList(),
                childCare.rota(sessionId).stream().map(RotaView::of).toList());
    }

    /** Books a seat for a guardian who called; same lock and rules as the public page. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public BookingView book(long sessionId, BookingDraft draft, Locale locale) {
        visibleSession(sessionId);
        BookingDraft d = draft == null ? new BookingDraft(null, null, null, false) : draft;
        BookingLedger.Booked booked = ledger.bookAlone(sessionId, d.guardianName(), d.guardianPhone(),
                AgeBand.parse(d.ageBand()), d.consent(), BookingChannel.STAFF);
        audit.success("childcare.booking.create", BookingLedger.SESSION, sessionId,
                booked.booking().getId() + " " + booked.booking().maskedPhone());
        return BookingView.of(booked.booking(), locale);
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public BookingView cancelBooking(long sessionId, long bookingId, Locale locale) {
        visibleSession(sessionId);
        BookingLedger.Booked cancelled = ledger.cancelAlone(sessionId, bookingId);
        audit.success("childcare.booking.cancel", BookingLedger.SESSION, sessionId, String.valueOf(bookingId));
        return BookingView.of(cancelled.booking(), locale);
    }

    public RotaView assignVolunteer(long sessionId, RotaDraft draft) {
        CareSession session = visibleSession(sessionId);
        RotaDraft d = draft == null ? new RotaDraft(null, null) : draft;
        RotaEntry entry = new RotaEntry(session.getId(), d.volunteerName(), d.volunteerPhone(), caller(), clock.instant());
        if (childCare.rota(sessionId).stream().anyMatch(r -> r.getVolunteerName().equals(entry.getVolunteerName()))) {
            throw new RuleViolation(BUNDLE, "childcare.volunteerTwice", entry.getVolunteerName());
        }
        childCare.add(entry);
        audit.success("childcare.rota.assign", BookingLedger.SESSION, sessionId, entry.getVolunteerName());
        return RotaView.of(entry);
    }

    public void removeVolunteer(long sessionId, long entryId) {
        visibleSession(sessionId);
        RotaEntry entry = childCare.rotaEntry(entryId).filter(r -> r.getSessionId() == sessionId)
                .orElseThrow(() -> new NotFoundInScope("RotaEntry", entryId));
        childCare.remove(entry);
        audit.success("childcare.rota.remove", BookingLedger.SESSION, sessionId, entry.getVolunteerName());
    }

    /** Active partners the caller sees, of any kind, to choose the three parties from. */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
    public List<PartnerView> partnerChoices() {
        return Stream.of(PartnerKind.values())
                .flatMap(kind -> partners.activeOfKind(kind, "", PARTNER_CHOICES).stream())
                .sorted(Comparator.comparing(PartnerView::name)).toList();
    }

    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
    public List<OrgUnitView> communities() {
        return directory.searchVisible("", OrgLevel.COMMUNITY, STATION_LIMIT);
    }

    /** Whether the caller is staff (who set stations up) rather than a partner's staff. */
    public boolean callerIsStaff() {
        return isStaff();
    }

    private ChildCareStation.Details details(StationDraft draft) {
        return new ChildCareStation.Details(draft.name(), draft.site(), party(draft.spacePartnerId()),
                party(draft.volunteerPartnerId()), party(draft.coursePartnerId()),
                draft.minVolunteers() == null ? 0 : draft.minVolunteers());
    }

    /** One of the three parties: an active partner the caller sees; a missing id leaves the role empty. */
    private ChildCareStation.Party party(Long partnerId) {
        if (partnerId == null) {
            return null;
        }
        PartnerView partner = partners.find(partnerId).orElseThrow(() -> new NotFoundInScope("Partner", partnerId));
        if (partner.status() != PartnerStatus.ACTIVE) {
            throw new RuleViolation(BUNDLE, "childcare.partnerNotActive", partner.name());
        }
        return new ChildCareStation.Party(partner.id(), partner.name());
    }

    private static CareSession.Plan plan(SessionDraft draft) {
        SessionDraft d = draft == null ? new SessionDraft(null, null, null, null, null, null) : draft;
        return new CareSession.Plan(d.startsAt(), d.endsAt(), d.topic(), d.capacity() == null ? 0 : d.capacity(),
                AgeBand.parse(d.youngestBand()), AgeBand.parse(d.oldestBand()));
    }

    private OrgUnitView community(long communityId) {
        scope.requireVisible(communityId, "OrgUnit", communityId);
        OrgUnitView community = directory.find(communityId)
                .filter(u -> u.level() == OrgLevel.COMMUNITY && u.active())
                .orElseThrow(() -> new RuleViolation(BUNDLE, "childcare.notACommunity"));
        gate.requireEnabledAt(MerchantsModule.KEY, communityId);
        return community;
    }

    /** The station if the caller keeps it: staff within their subtree, a partner's staff if their partner is one of the three. */
    ChildCareStation visibleStation(long id) {
        ChildCareStation station = childCare.station(id).orElseThrow(() -> new NotFoundInScope(STATION, id));
        if (isStaff()) {
            scope.requireVisible(station.getCommunityId(), STATION, id);
        } else if (ownPartner().filter(p -> station.partnerIds().contains(p)).isEmpty()) {
            throw new NotFoundInScope(STATION, id);
        }
        gate.requireEnabledAt(MerchantsModule.KEY, station.getCommunityId());
        return station;
    }

    private CareSession visibleSession(long sessionId) {
        CareSession session = childCare.session(sessionId)
                .orElseThrow(() -> new NotFoundInScope(BookingLedger.SESSION, sessionId));
        visibleStation(session.getStationId());
        return session;
    }

    private SessionView sessionView(CareSession session, ChildCareStation station, Locale locale) {
        return SessionView.of(session, childCare.rota(session.getId()).size(), station.getMinVolunteers(), locale);
    }

    private StationView view(ChildCareStation station) {
        return StationView.of(station, directory.find(station.getCommunityId()).map(OrgUnitView::name).orElse(""));
    }

    private static void requireVersion(long actual, long expected) {
        if (actual != expected) {
            throw new OptimisticLockException();
        }
    }

    private boolean isStaff() {
        return security.isCallerInRole(Roles.SYSTEM_ADMIN) || security.isCallerInRole(Roles.SUBDISTRICT_ADMIN)
                || security.isCallerInRole(Roles.COMMUNITY_STAFF);
    }

    private Optional<Long> ownPartner() {
        return security.isCallerInRole(Roles.PARTNER_STAFF) ? staffAccounts.callerPartnerId() : Optional.empty();
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }
}
