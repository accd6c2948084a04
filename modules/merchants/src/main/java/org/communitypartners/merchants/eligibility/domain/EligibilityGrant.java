package org.communitypartners.merchants.eligibility.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.communitypartners.kernel.api.FieldCipher;
import org.communitypartners.kernel.api.persistence.UtcInstantConverter;

/**
 * One eligibility of a resident (低保, 残疾, …) with the evidence it rests on (a certificate or
 * file reference) and the last day it holds. Category and evidence are encrypted: the database
 * alone does not say who is poor or disabled. Revoked records stay, for the audit trail.
 */
@Entity
@Table(name = "eligibility_grant")
public class EligibilityGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "resident_id", nullable = false, updatable = false)
    private long residentId;

    @Column(name = "category_cipher", nullable = false, length = 100)
    private String categoryCipher;

    @Column(name = "evidence_cipher", nullable = false, length = 400)
    private String evidenceCipher;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected EligibilityGrant() {
    }

    public EligibilityGrant(long residentId, EligibilityCategory category, String evidence, LocalDate validUntil,
                            LocalDate today, FieldCipher cipher, String recordedBy, Instant at) {
        if (category == null) {
            throw EligibilityRules.violation("eligibility.categoryRequired");
        }
        if (validUntil == null || validUntil.isBefore(today)) {
            throw EligibilityRules.violation("eligibility.validUntilPast");
        }
        this.residentId = residentId;
        this.categoryCipher = cipher.encrypt(category.name());
        this.evidenceCipher = cipher.encrypt(EligibilityRules.required(evidence, EligibilityRules.EVIDENCE_LENGTH,
                "eligibility.evidenceRequired"));
        this.validUntil = validUntil;
        this.recordedBy = recordedBy;
        this.recordedAt = at;
    }

    /** Holds on the day: not revoked and not past its last day. */
    public boolean validOn(LocalDate day) {
        return revokedAt == null && !day.isAfter(validUntil);
    }

    public void revoke(String by, Instant at) {
        if (revokedAt == null) {
            revokedBy = by;
            revokedAt = at;
        }
    }

    public EligibilityCategory category(FieldCipher cipher) {
        return EligibilityCategory.valueOf(cipher.decrypt(categoryCipher));
    }

    public String evidence(FieldCipher cipher) {
        return cipher.decrypt(evidenceCipher);
    }

    public Long getId() {
        return id;
    }

    public long getResidentId() {
        return residentId;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public long getVersion() {
        return version;
    }
}
