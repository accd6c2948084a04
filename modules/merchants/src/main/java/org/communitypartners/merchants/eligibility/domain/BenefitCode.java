package org.communitypartners.merchants.eligibility.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Instant;
import org.communitypartners.kernel.api.persistence.UtcInstantConverter;

/**
 * A one-time code a resident shows at the till: six random digits, valid for
 * {@link EligibilityRules#CODE_VALIDITY}, used once. It names the resident only to the server;
 * the merchant who types it learns "eligible: yes/no" and a price.
 */
@Entity
@Table(name = "benefit_code")
public class BenefitCode {
    public static final int DIGITS = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subdistrict_id", nullable = false, updatable = false)
    private long subdistrictId;

    @Column(name = "resident_id", nullable = false, updatable = false)
    private long residentId;

    @Column(nullable = false, length = DIGITS, updatable = false)
    private String code;

    @Column(name = "issued_by", nullable = false, length = 64, updatable = false)
    private String issuedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "consumed_at")
    private Instant consumedAt;

    @Version
    private long version;

    protected BenefitCode() {
    }

    public BenefitCode(long subdistrictId, long residentId, String code, String issuedBy, Instant at) {
        if (!isWellFormed(code)) {
            throw new IllegalArgumentException("a benefit code has " + DIGITS + " digits");
        }
        this.subdistrictId = subdistrictId;
        this.residentId = residentId;
        this.code = code;
        this.issuedBy = issuedBy;
        this.issuedAt = at;
        this.expiresAt = at.plus(EligibilityRules.CODE_VALIDITY);
    }

    /** Six digits from a cryptographic source, leading zeros kept: 000000 to 999999 alike. */
    public static String randomDigits() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    public static boolean isWellFormed(String code) {
        return code != null && code.length() == DIGITS && code.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Not used and not expired at the instant (the expiry instant itself is too late). */
    public boolean usableAt(Instant now) {
        return consumedAt == null && now.isBefore(expiresAt);
    }

    /** Uses the code; a used or expired code cannot be used again. */
    public void consume(Instant now) {
        if (!usableAt(now)) {
            throw new IllegalStateException("benefit code " + id + " is used or expired");
        }
        consumedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getSubdistrictId() {
        return subdistrictId;
    }

    public long getResidentId() {
        return residentId;
    }

    public String getCode() {
        return code;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getConsumedAt() {
        return consumedAt;
    }

    public long getVersion() {
        return version;
    }
}
