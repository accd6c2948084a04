package org.communitypartners.merchants.donations.domain;

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
import java.time.LocalDate;

/**
 * A reminder the daily job raised for a placement: once per threshold and expiry date (the
 * database's unique key holds that, whichever server runs the job). It waits on the donations
 * screen of the community's staff until one of them acknowledges it.
 */
@Entity
@Table(name = "donation_reminder")
public class ExpiryReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "placement_id", nullable = false, updatable = false)
    private long placementId;

    @Column(name = "community_id", nullable = false, updatable = false)
    private long communityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private ExpiryThreshold threshold;

    @Column(name = "expires_on", nullable = false, updatable = false)
    private LocalDate expiresOn;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Column(name = "acknowledged_by", length = 64)
    private String acknowledgedBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Version
    private long version;

    protected ExpiryReminder() {
    }

    public ExpiryReminder(Placement placement, ExpiryThreshold threshold, Instant at) {
        this.placementId = placement.getId();
        this.communityId = placement.getCommunityId();
        this.threshold = threshold;
        this.expiresOn = placement.getExpiresOn();
        this.raisedAt = at;
    }

    public void acknowledge(String by, Instant at) {
        if (acknowledgedAt != null) {
            throw DonationRules.violation("donation.reminderAcknowledged");
        }
        acknowledgedBy = by;
        acknowledgedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getPlacementId() {
        return placementId;
    }

    public long getCommunityId() {
        return communityId;
    }

    public ExpiryThreshold getThreshold() {
        return threshold;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public long getVersion() {
        return version;
    }
}
