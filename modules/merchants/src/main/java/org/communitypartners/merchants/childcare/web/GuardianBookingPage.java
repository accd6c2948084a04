package org.communitypartners.merchants.childcare.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.childcare.application.ChildCareViews.PublicSession;
import org.communitypartners.merchants.childcare.application.ChildCareViews.PublicStation;
import org.communitypartners.merchants.childcare.application.ChildCareViews.Receipt;
import org.communitypartners.merchants.childcare.application.PublicChildCare;
import org.communitypartners.merchants.childcare.domain.AgeBand;
import org.communitypartners.merchants.childcare.domain.ChildCareRules;

/**
 * Guardians book a station's session on their phone without an account ({@code ?station=<id>}):
 * their name and phone, the child's age band, an explicit consent; afterwards the booking code,
 * with which they read back or cancel the booking ({@code ?code=}).
 */
@Named("childCareBookingPage")
@ViewScoped
public class GuardianBookingPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PublicChildCare childCare;
    @Inject
    PublicBookingLimits limits;
    @Inject
    Feedback feedback;

    private Long station;
    private String code;
    private PublicStation view;
    private Locale shownIn;
    private Long sessionId;
    private String guardianName;
    private String guardianPhone;
    private AgeBand ageBand;
    private boolean consent;
    private Receipt receipt;
    private boolean missing;

    public void load() {
        missing = false;
        feedback.attemptIn(MerchantsModule.BUNDLE, () -> {
            limits.lookup();
            try {
                if (code != null && !code.isBlank()) {
                    receipt = childCare.find(code, locale());
                } else if (station != null) {
                    view = childCare.station(station, locale());
                    shownIn = locale();
                }
            } catch (NotFoundInScope unknown) {
                missing = true;
                feedback.info("common.notFound");
            }
        }, null);
    }

    public void choose(long id) {
        sessionId = id;
    }

    public void book() {
        feedback.attemptIn(MerchantsModule.BUNDLE, () -> {
            limits.booking();
            receipt = childCare.book(sessionId, guardianName, guardianPhone, ageBand, consent, locale());
            guardianPhone = null;
        }, "childcare.booked");
    }

    public void cancel() {
        String current = receipt.code();
        feedback.attemptIn(MerchantsModule.BUNDLE, () -> {
            limits.lookup();
            receipt = childCare.cancel(current, locale());
        }, "childcare.bookingCancelled");
    }

    /** The station, worded again when the page's language differs from the one it was read in. */
    public PublicStation getView() {
        if (view != null && !locale().equals(shownIn)) {
            view = childCare.station(view.id(), locale());
            shownIn = locale();
        }
        return view;
    }

    public PublicSession getChosen() {
        return view == null || sessionId == null ? null
                : view.sessions().stream().filter(s -> s.id() == sessionId).findFirst().orElse(null);
    }

    public List<AgeBand> getAgeBands() {
        return List.of(AgeBand.values());
    }

    public String getConsentVersion() {
        return ChildCareRules.CONSENT_VERSION;
    }

    public long getRetentionDays() {
        return ChildCareRules.GUARDIAN_DATA_RETENTION.toDays();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public boolean isMissing() {
        return missing;
    }

    public Long getStation() {
        return station;
    }

    public void setStation(Long station) {
        this.station = station;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Long getSessionId() {
        return sessionId;
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

    public Receipt getReceipt() {
        return receipt;
    }
}
