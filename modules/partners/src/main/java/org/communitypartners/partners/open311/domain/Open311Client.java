package org.communitypartners.partners.open311.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.partners.PartnersModule;

/** An application allowed to post requests into one subdistrict, known by the hash of its key. */
@Entity
@Table(name = "open311_client")
public class Open311Client {
    public static final int NAME_MAX_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(name = "subdistrict_id", nullable = false, updatable = false)
    private long subdistrictId;

    @Column(name = "key_prefix", nullable = false, updatable = false, length = 12)
    private String keyPrefix;

    @Column(name = "key_hash", nullable = false, updatable = false, unique = true, length = 64)
    private String keyHash;

    @Column(name = "issued_by", nullable = false, updatable = false, length = 64)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Version
    private long version;

    protected Open311Client() {
    }

    public Open311Client(String name, long subdistrictId, ApiKey key, String issuedBy, Instant issuedAt) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > NAME_MAX_LENGTH) {
            throw new RuleViolation(PartnersModule.BUNDLE, "open311.clientName", NAME_MAX_LENGTH);
        }
        this.name = trimmed;
        this.subdistrictId = subdistrictId;
        this.keyPrefix = key.shown();
        this.keyHash = key.hash();
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
    }

    public void revoke(String by, Instant at) {
        if (revokedAt != null) {
            throw new RuleViolation(PartnersModule.BUNDLE, "open311.alreadyRevoked");
        }
        revokedBy = by;
        revokedAt = at;
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public void used(Instant at) {
        lastUsedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public long getSubdistrictId() {
        return subdistrictId;
    }

    public String getKeyPrefix() {
        return keyPrefix;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public long getVersion() {
        return version;
    }
}
