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
import org.communitypartners.kernel.api.FieldCipher;
import org.communitypartners.kernel.api.persistence.UtcInstantConverter;

/**
 * A resident community staff registered for benefits: name, the ID number encrypted (with a
 * keyed hash to find it and a masked copy to show), the mobile number as a keyed hash for the
 * public identity check, and the resident's separate consent to use their eligibility for
 * benefits, with who recorded it. Without consent no code is issued and no eligibility is used.
 */
@Entity
@Table(name = "eligible_resident")
public class EligibleResident {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subdistrict_id", nullable = false, updatable = false)
    private long subdistrictId;

    @Column(name = "community_id", nullable = false)
    private long communityId;

    @Column(nullable = false, length = EligibilityRules.NAME_LENGTH)
    private String name;

    @Column(name = "id_number_cipher", nullable = false, length = 100)
    private String idNumberCipher;

    @Column(name = "id_number_hash", nullable = false, length = 64)
    private String idNumberHash;

    @Column(name = "id_number_masked", nullable = false, length = 18)
    private String idNumberMasked;

    @Column(name = "phone_hash", nullable = false, length = 64)
    private String phoneHash;

    @Column(name = "phone_masked", nullable = false, length = 20)
    private String phoneMasked;

    @Column(name = "consent_given", nullable = false)
    private boolean consentGiven;

    @Column(name = "consent_recorded_by", length = 64)
    private String consentRecordedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "consent_recorded_at")
    private Instant consentRecordedAt;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected EligibleResident() {
    }

    public EligibleResident(long subdistrictId, long communityId, String name, ResidentIdentity identity,
                            FieldCipher cipher, String recordedBy, Instant at) {
        this.subdistrictId = subdistrictId;
        this.communityId = communityId;
        this.name = EligibilityRules.required(name, EligibilityRules.NAME_LENGTH, "eligibility.nameRequired");
        this.idNumberCipher = cipher.encrypt(identity.idNumber());
        this.idNumberHash = cipher.lookupHash(identity.idNumber());
        this.idNumberMasked = identity.maskedIdNumber();
        this.phoneHash = phoneHash(identity, cipher);
        this.phoneMasked = identity.phone().masked();
        this.recordedBy = recordedBy;
        this.recordedAt = at;
    }

    /** The mobile number's keyed hash, under a prefix so it never equals an ID number's hash. */
    public static String phoneHash(ResidentIdentity identity, FieldCipher cipher) {
        return cipher.lookupHash("phone:" + identity.phone().value());
    }

    /** Whether the identity a resident typed is this resident's: both hashes must match. */
    public boolean provenBy(ResidentIdentity identity, FieldCipher cipher) {
        return idNumberHash.equals(cipher.lookupHash(identity.idNumber()))
                && phoneHash.equals(phoneHash(identity, cipher));
    }

    /** Records the resident's consent (or its withdrawal) and who took it down. */
    public void recordConsent(boolean given, String by, Instant at) {
        consentGiven = given;
        consentRecordedBy = by;
        consentRecordedAt = at;
    }

    public String revealIdNumber(FieldCipher cipher) {
        return cipher.decrypt(idNumberCipher);
    }

    public Long getId() {
        return id;
    }

    public long getSubdistrictId() {
        return subdistrictId;
    }

    public long getCommunityId() {
        return communityId;
    }

    public String getName() {
        return name;
    }

    public String getIdNumberMasked() {
        return idNumberMasked;
    }

    public String getPhoneMasked() {
        return phoneMasked;
    }

    public boolean isConsentGiven() {
        return consentGiven;
    }

    public String getConsentRecordedBy() {
        return consentRecordedBy;
    }

    public Instant getConsentRecordedAt() {
        return consentRecordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }
}
