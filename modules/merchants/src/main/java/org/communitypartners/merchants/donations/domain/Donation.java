package org.communitypartners.merchants.donations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.communitypartners.merchants.library.domain.LibraryRules;

/**
 * A partner's donation to a community (e.g. 20 fire extinguishers from a fire-protection company).
 * The donor's name is copied when recorded, for the public thanks list that has no caller to look
 * partners up with.
 */
@Entity
@Table(name = "donation")
public class Donation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subdistrict_id", nullable = false, updatable = false)
    private long subdistrictId;

    @Column(name = "community_id", nullable = false, updatable = false)
    private long communityId;

    @Column(name = "donor_partner_id", nullable = false, updatable = false)
    private long donorPartnerId;

    @Column(name = "donor_name", nullable = false, length = DonationRules.NAME_LENGTH)
    private String donorName;

    @Column(name = "donated_on", nullable = false)
    private LocalDate donatedOn;

    @Column(length = DonationRules.NOTE_LENGTH)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected Donation() {
    }

    public Donation(long subdistrictId, long communityId, long donorPartnerId, String donorName, LocalDate donatedOn,
                    String note, LocalDate today, String by, Instant at) {
        if (donatedOn == null) {
            throw DonationRules.violation("donation.dateRequired");
        }
        if (donatedOn.isAfter(today)) {
            throw DonationRules.violation("donation.dateInFuture");
        }
        this.subdistrictId = subdistrictId;
        this.communityId = communityId;
        this.donorPartnerId = donorPartnerId;
        this.donorName = donorName;
        this.donatedOn = donatedOn;
        this.note = LibraryRules.optional(note, DonationRules.NOTE_LENGTH);
        this.recordedBy = by;
        this.recordedAt = at;
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

    public long getDonorPartnerId() {
        return donorPartnerId;
    }

    public String getDonorName() {
        return donorName;
    }

    public LocalDate getDonatedOn() {
        return donatedOn;
    }

    public String getNote() {
        return note;
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
