package org.communitypartners.merchants.childcare.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.communitypartners.merchants.library.domain.LibraryRules;
import org.communitypartners.kernel.api.PhoneNumber;

/**
 * A guardian's booking of a session: the guardian's name and phone, the child's age band only, and
 * the consent (when, which text version). The booking code lets the guardian cancel without an
 * account. Once the retention period after the session has passed, name and phone are blanked.
 */
@Entity
@Table(name = "child_care_booking")
public class CareBooking {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false, updatable = false)
    private long sessionId;

    @Column(nullable = false, length = 10, updatable = false)
    private String code;

    @Column(name = "guardian_name", length = ChildCareRules.PERSON_LENGTH)
    private String guardianName;

    @Column(name = "guardian_phone", length = PhoneNumber.MAX_LENGTH)
    private String guardianPhone;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band", nullable = false, length = 16, updatable = false)
    private AgeBand ageBand;

    @Column(name = "consent_at", nullable = false, updatable = false)
    private Instant consentAt;

    @Column(name = "consent_version", nullable = false, length = 16, updatable = false)
    private String consentVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private BookingChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private BookingStatus status;

    @Column(name = "booked_at", nullable = false, updatable = false)
    private Instant bookedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @Version
    private long version;

    protected CareBooking() {
    }

    /** A booking of a seat the session has just given; the phone is checked as a mainland number. */
    public CareBooking(long sessionId, String code, String guardianName, PhoneNumber guardianPhone, AgeBand ageBand,
                       BookingChannel channel, Instant at) {
        this.sessionId = sessionId;
        this.code = code;
        this.guardianName = LibraryRules.required(guardianName, ChildCareRules.PERSON_LENGTH,
                "childcare.guardianRequired");
        this.guardianPhone = guardianPhone.value();
        this.ageBand = ageBand;
        this.consentAt = at;
        this.consentVersion = ChildCareRules.CONSENT_VERSION;
        this.channel = channel;
        this.status = BookingStatus.BOOKED;
        this.bookedAt = at;
    }

    public void cancel(Instant at) {
        if (status != BookingStatus.BOOKED) {
            throw ChildCareRules.violation("childcare.alreadyCancelled");
        }
        status = BookingStatus.CANCELLED;
        cancelledAt = at;
    }

    /** Blanks the guardian's name and phone; the age band, consent record and status stay for the figures. */
    public void anonymise(Instant at) {
        guardianName = null;
        guardianPhone = null;
        anonymisedAt = at;
    }

    /** The phone as screens show it; empty once anonymised. */
    public String maskedPhone() {
        return guardianPhone == null ? "" : new PhoneNumber(guardianPhone).masked();
    }

    public String getGuardianName() {
        return guardianName;
    }

    public Long getId() {
        return id;
    }

    public long getSessionId() {
        return sessionId;
    }

    public String getCode() {
        return code;
    }

    public AgeBand getAgeBand() {
        return ageBand;
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public String getConsentVersion() {
        return consentVersion;
    }

    public BookingChannel getChannel() {
        return channel;
    }

    public BookingStatus getStatus() {
        return status;
    }

    public Instant getBookedAt() {
        return bookedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    public long getVersion() {
        return version;
    }
}
