package org.communitypartners.merchants.library.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A merchant taken off the public circle or put back on it, and when: the history behind the
 * profile's present listing, so a past quarter's figures count the merchants listed then.
 */
@Entity
@Table(name = "merchant_listing_change")
public class ListingChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "profile_id", nullable = false, updatable = false)
    private long profileId;

    @Column(nullable = false, updatable = false)
    private boolean listed;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected ListingChange() {
    }

    public ListingChange(long profileId, boolean listed, Instant changedAt) {
        this.profileId = profileId;
        this.listed = listed;
        this.changedAt = changedAt;
    }

    public long getProfileId() {
        return profileId;
    }

    public boolean isListed() {
        return listed;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
