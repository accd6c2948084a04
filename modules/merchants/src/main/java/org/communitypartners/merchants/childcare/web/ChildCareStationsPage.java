package org.communitypartners.merchants.childcare.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.kernel.api.web.PagedList;
import org.communitypartners.kernel.api.web.ShanghaiTime;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.childcare.application.ChildCareViews.SessionDetail;
import org.communitypartners.merchants.childcare.application.ChildCareViews.SessionView;
import org.communitypartners.merchants.childcare.application.ChildCareViews.StationView;
import org.communitypartners.merchants.childcare.application.StationDesk;
import org.communitypartners.merchants.childcare.application.StationDesk.BookingDraft;
import org.communitypartners.merchants.childcare.application.StationDesk.RotaDraft;
import org.communitypartners.merchants.childcare.application.StationDesk.SessionDraft;
import org.communitypartners.merchants.childcare.application.StationDesk.StationDraft;
import org.communitypartners.merchants.childcare.domain.AgeBand;
import org.communitypartners.merchants.childcare.domain.ChildCareRules;
import org.communitypartners.partners.api.PartnerView;

/**
 * Child-care stations (带娃驿站) for community staff and the stations' partners: the stations, a
 * station's sessions (lazy, with seats and the rota gap), and a session's bookings and rota.
 */
@Named("childCareStationsPage")
@ViewScoped
public class ChildCareStationsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    StationDesk desk;
    @Inject
    Feedback feedback;

    private final PagedList<SessionView> sessions = new PagedList<>(new SessionSource(), SessionView::id);

    private Long stationId;
    private StationView station;
    private boolean editingStation;
    private List<StationView> stations;

    private Long communityId;
    private String name;
    private String site;
    private Long spacePartnerId;
    private Long volunteerPartnerId;
    private Long coursePartnerId;
    private Integer minVolunteers;

    private Long sessionId;
    private SessionDetail session;
    private boolean editingSession;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String topic;
    private Integer capacity;
    private AgeBand youngest;
    private AgeBand oldest;

    private String guardianName;
    private String guardianPhone;
    private AgeBand ageBand;
    private boolean consent;

    private String volunteerName;
    private String volunteerPhone;

    public void load() {
        if (stationId != null) {
            selectStation(stationId);
        }
    }

    public List<StationView> getStations() {
        if (stations == null) {
            stations = desk.stations();
        }
        return stations;
    }

    public void selectStation(long id) {
        stationId = id;
        editingStation = false;
        session = null;
        sessionId = null;
        try {
            station = desk.station(id);
        } catch (NotFoundInScope unknown) {
            station = null;
            feedback.info("common.notFound");
        }
    }

    public void prepareNewStation() {
        station = null;
        stationId = null;
        session = null;
        editingStation = true;
        communityId = null;
        name = null;
        site = null;
        spacePartnerId = null;
        volunteerPartnerId = null;
        coursePartnerId = null;
        minVolunteers = 2;
    }

    public void prepareEditStation() {
        editingStation = true;
        communityId = station.communityId();
        name = station.name();
        site = station.site();
        spacePartnerId = station.spacePartnerId();
        volunteerPartnerId = station.volunteerPartnerId();
        coursePartnerId = station.coursePartnerId();
        minVolunteers = station.minVolunteers();
    }

    public void saveStation() {
        StationDraft draft = new StationDraft(communityId, name, site, spacePartnerId, volunteerPartnerId,
                coursePartnerId, minVolunteers);
        feedback.attemptIn(MerchantsModule.BUNDLE, () -> {
            StationView saved = station == null ? desk.createStation(draft)
                    : desk.updateStation(station.id(), station.version(), draft);
            stations = null;
            selectStation(saved.id());
        }, "childcare.stationSaved");
    }

    public void toggleStation() {
        long id = station.id();
        boolean open = !station.active();
        feedback.attemptIn(MerchantsModule.BUNDLE, () -> {
            desk.setStationActive(id, station.version(), open);
            stations = null;
            selectStation(id);
        }, open ? "childcare.stationOpened" : "childcare.stationClosed");
    }

    public void cancelStationEdit() {
        editingStation = false;
    }

    public void selectSession(long id) {
        sessionId = id;
        editingSession = false;
        try {
            session = desk.session(id, locale());
        } catch (NotFoundInScope unknown) {
            session = null;
            feedback.info("common.notFound");
        }
    }

    public void prepareNewSession() {
        session = null;
        sessionId = null;
        editingSession = true;
        startsAt = null;
        endsAt = null;
        topic = null;
        capacity = 10;
        youngest = AgeBand.PRESCHOOL;
        oldest = AgeBand.PRESCHOOL;
    }

    public void prepareEditSession() {
        SessionView s = session.session();
        editingSession = true;
        startsAt = LocalDateTime.ofInstant(s.startsAt(), ShanghaiTime.ZONE);
        endsAt = LocalDateTime.ofInstant(s.endsAt(), ShanghaiTime.ZONE);
        topic = s.topic();
        capacity = s.capacity();
        youngest = s.youngestBand();
        oldest = s.oldestBand();
    }

    public void saveSession() {
        SessionDraft draft = new SessionDraft(startsAt == null ? null : startsAt.atZone(ShanghaiTime.ZONE).toInstant(),
                endsAt == null ? null : endsAt.atZone(ShanghaiTime.ZONE).toInstant(), topic, capacity,
                youngest == null ? null : youngest.name(), oldest == null ? null : oldest.name());
        feedback.attemptIn(MerchantsModule.BUNDLE, () -> {
            SessionView saved = session == null ? desk.addSession(station.id(), draft, locale())
                    : desk.updateSession(session.session().id(), session.session().version(), draft, locale());
            selectSession(saved.id());
        }, "childcare.sessionSaved");
    }

    public void cancelSession() {
        long id = session.session().id();
        feedback.attemptIn(MerchantsModule.BUNDLE, () -> {
            desk.cancelSession(id, session.session().version(), locale());
            selectSession(id);
        }, "childcare.sessionCancelled");
    }

    public void cancelSessionEdit() {
        editingSession = false;
    }

    public void book() {
        long id = session.session().id();
        BookingDraft draft = new BookingDraft(guardianName, guardianPhone, ageBand == null ? null : ageBand.name(),
                consent);
        feedback.attemptIn(MerchantsModule.BUNDLE, () -> {
            desk.book(id, draft, locale());
            guardianName = null;
            guardianPhone = null;
            ageBand = null;
            consent = false;
            selectSession(id);
        }, "childcare.booked");
    }

    public void cancelBooking(long bookingId) {
        long id = session.session().id();
        feedback.attemptIn(MerchantsModule.BUNDLE, () -> {
            desk.cancelBooking(id, bookingId, locale());
            selectSession(id);
        }, "childcare.bookingCancelled");
    }

    public void assignVolunteer() {
        long id = session.session().id();
        feedback.attemptIn(MerchantsModule.BUNDLE, () -> {
            desk.assignVolunteer(id, new RotaDraft(volunteerName, volunteerPhone));
            volunteerName = null;
            volunteerPhone = null;
            selectSession(id);
        }, "childcare.volunteerAssigned");
    }

    public void removeVolunteer(long entryId) {
        long id = session.session().id();
        feedback.attemptIn(MerchantsModule.BUNDLE, () -> {
            desk.removeVolunteer(id, entryId);
            selectSession(id);
        }, "childcare.volunteerRemoved");
    }

    public List<PartnerView> getPartnerChoices() {
        return desk.partnerChoices();
    }

    public List<OrgUnitView> getCommunities() {
        return desk.communities();
    }

    public boolean isStaff() {
        return desk.callerIsStaff();
    }

    public List<AgeBand> getAgeBands() {
        return List.of(AgeBand.values());
    }

    /** The consent text version a booking taken here records. */
    public String getConsentVersion() {
        return ChildCareRules.CONSENT_VERSION;
    }

    public long getRetentionDays() {
        return ChildCareRules.GUARDIAN_DATA_RETENTION.toDays();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private final class SessionSource implements PagedList.Source<SessionView> {
        private static final long serialVersionUID = 1L;

        @Override
        public long count(Map<String, Object> filters) {
            return station == null ? 0 : desk.countSessions(station.id());
        }

        @Override
        public List<SessionView> page(Map<String, Object> filters, PageRequest page) {
            return station == null ? List.of() : desk.sessions(station.id(), page, locale());
        }
    }

    public PagedList<SessionView> getSessions() {
        return sessions;
    }

    public Long getStationId() {
        return stationId;
    }

    public void setStationId(Long stationId) {
        this.stationId = stationId;
    }

    public StationView getStation() {
        return station;
    }

    public boolean isEditingStation() {
        return editingStation;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public void setCommunityId(Long communityId) {
        this.communityId = communityId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSite() {
        return site;
    }

    public void setSite(String site) {
        this.site = site;
    }

    public Long getSpacePartnerId() {
        return spacePartnerId;
    }

    public void setSpacePartnerId(Long spacePartnerId) {
        this.spacePartnerId = spacePartnerId;
    }

    public Long getVolunteerPartnerId() {
        return volunteerPartnerId;
    }

    public void setVolunteerPartnerId(Long volunteerPartnerId) {
        this.volunteerPartnerId = volunteerPartnerId;
    }

    public Long getCoursePartnerId() {
        return coursePartnerId;
    }

    public void setCoursePartnerId(Long coursePartnerId) {
        this.coursePartnerId = coursePartnerId;
    }

    public Integer getMinVolunteers() {
        return minVolunteers;
    }

    public void setMinVolunteers(Integer minVolunteers) {
        this.minVolunteers = minVolunteers;
    }

    public SessionDetail getSession() {
        return session;
    }

    public boolean isEditingSession() {
        return editingSession;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public AgeBand getYoungest() {
        return youngest;
    }

    public void setYoungest(AgeBand youngest) {
        this.youngest = youngest;
    }

    public AgeBand getOldest() {
        return oldest;
    }

    public void setOldest(AgeBand oldest) {
        this.oldest = oldest;
    }

    public String getGuardianName() {
        return guardianName;
    }

    public void setGuardianName(String guardianName) {
        this.guardianName = guardianName;
    }

    public String getGuardianPhone() {
        return guardianPhone;
    }

    public void setGuardianPhone(String guardianPhone) {
        this.guardianPhone = guardianPhone;
    }

    public AgeBand getAgeBand() {
        return ageBand;
    }

    public void setAgeBand(AgeBand ageBand) {
        this.ageBand = ageBand;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public String getVolunteerName() {
        return volunteerName;
    }

    public void setVolunteerName(String volunteerName) {
        this.volunteerName = volunteerName;
    }

    public String getVolunteerPhone() {
        return volunteerPhone;
    }

    public void setVolunteerPhone(String volunteerPhone) {
        this.volunteerPhone = volunteerPhone;
    }
}
