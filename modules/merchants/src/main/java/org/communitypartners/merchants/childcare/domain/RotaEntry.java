package org.communitypartners.merchants.childcare.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.communitypartners.merchants.library.domain.LibraryRules;
import org.communitypartners.kernel.api.PhoneNumber;

/** A volunteer of the station's volunteer partner on a session's rota; the phone (optional) shown masked. */
@Entity
@Table(name = "child_care_rota")
public class RotaEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false, updatable = false)
    private long sessionId;

    @Column(name = "volunteer_name", nullable = false, length = ChildCareRules.PERSON_LENGTH)
    private String volunteerName;

    @Column(name = "volunteer_phone", length = PhoneNumber.MAX_LENGTH)
    private String volunteerPhone;

    @Column(name = "assigned_by", nullable = false, length = 64)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Version
    private long version;

    protected RotaEntry() {
    }

    public RotaEntry(long sessionId, String volunteerName, String volunteerPhone, String by, Instant at) {
        this.sessionId = sessionId;
        this.volunteerName = LibraryRules.required(volunteerName, ChildCareRules.PERSON_LENGTH,
                "childcare.volunteerRequired");
        String phone = LibraryRules.optional(volunteerPhone, PhoneNumber.MAX_LENGTH);
        this.volunteerPhone = phone == null ? null : new PhoneNumber(phone).value();
        this.assignedBy = by;
        this.assignedAt = at;
    }

    public String maskedPhone() {
        return volunteerPhone == null ? "" : new PhoneNumber(volunteerPhone).masked();
    }

    public Long getId() {
        return id;
    }

    public long getSessionId() {
        return sessionId;
    }

    public String getVolunteerName() {
        return volunteerName;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public long getVersion() {
        return version;
    }
}
