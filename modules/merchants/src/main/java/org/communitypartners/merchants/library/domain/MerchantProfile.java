package org.communitypartners.merchants.library.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.merchants.MerchantsModule;

/**
 * What the library knows of one merchant partner (商企): where the shop is, what kind it is, when it
 * opens, and whether the community has marked it a caring merchant (爱心商企). The partner itself
 * lives in the partners registry; its name is copied here when the profile is written, for the
 * public pages that have no signed-in caller to look partners up with.
 */
@Entity
@Table(name = "merchant_profile")
public class MerchantProfile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private long partnerId;

    @Column(name = "subdistrict_id", nullable = false, updatable = false)
    private long subdistrictId;

    @Column(name = "community_id", nullable = false)
    private long communityId;

    @Column(nullable = false, length = LibraryRules.NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MerchantCategory category;

    @Column(nullable = false, length = LibraryRules.ADDRESS_LENGTH)
    private String address;

    @Column(nullable = false, precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(nullable = false, precision = 9, scale = 6)
    private BigDecimal longitude;

    @Column(name = "public_phone", length = LibraryRules.PHONE_LENGTH)
    private String publicPhone;

    @Column(name = "opening_hours", length = OpeningHours.STORED_LENGTH)
    private String openingHours;

    @Column(nullable = false)
    private boolean caring;

    @Column(name = "caring_marked_by", length = 64)
    private String caringMarkedBy;

    @Column(name = "caring_marked_at")
    private Instant caringMarkedAt;

    @Column(name = "caring_withdrawn_by", length = 64)
    private String caringWithdrawnBy;

    @Column(name = "caring_withdrawn_at")
    private Instant caringWithdrawnAt;

    @Column(name = "caring_withdrawal_reason", length = LibraryRules.REASON_LENGTH)
    private String caringWithdrawalReason;

    /** Mirrors the partner's lifecycle: only an active partner is on the public circle and covers a need. */
    @Column(nullable = false)
    private boolean listed = true;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected MerchantProfile() {
    }

    public MerchantProfile(long partnerId, long subdistrictId, Details details, String by, Instant at) {
        this.partnerId = partnerId;
        this.subdistrictId = subdistrictId;
        describe(details, by, at);
    }

    /** What staff or the merchant write on a profile; checked by {@link #describe}. */
    public record Details(long communityId, String name, MerchantCategory category, String address, GeoPoint location,
                          String publicPhone, OpeningHours hours) {
    }

    public void describe(Details details, String by, Instant at) {
        if (details.category() == null) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "merchant.categoryRequired");
        }
        if (details.location() == null) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "geo.required");
        }
        this.communityId = details.communityId();
        this.name = LibraryRules.required(details.name(), LibraryRules.NAME_LENGTH, "merchant.nameRequired");
        this.category = details.category();
        this.address = LibraryRules.required(details.address(), LibraryRules.ADDRESS_LENGTH, "merchant.addressRequired");
        this.latitude = details.location().latitude();
        this.longitude = details.location().longitude();
        this.publicPhone = LibraryRules.publicPhone(details.publicPhone());
        OpeningHours hours = details.hours() == null ? OpeningHours.closedAllWeek() : details.hours();
        this.openingHours = hours.isClosedAllWeek() ? null : hours.stored();
        touch(by, at);
    }

    /** The community marks the merchant a caring merchant (爱心商企); marking it again is refused. */
    public void markCaring(String by, Instant at) {
        if (caring) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "caring.alreadyMarked");
        }
        caring = true;
        caringMarkedBy = by;
        caringMarkedAt = at;
        caringWithdrawnBy = null;
        caringWithdrawnAt = null;
        caringWithdrawalReason = null;
        touch(by, at);
    }

    /** Takes the mark away, with the reason people will read. */
    public void withdrawCaring(String reason, String by, Instant at) {
        if (!caring) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "caring.notMarked");
        }
        caringWithdrawalReason = LibraryRules.required(reason, LibraryRules.REASON_LENGTH, "caring.reasonRequired");
        caring = false;
        caringWithdrawnBy = by;
        caringWithdrawnAt = at;
        touch(by, at);
    }

    /**
     * The registry suspended, reinstated or ended the partner at the instant. Not a change by staff
     * of the profile, so who and when last edited it stay as they were; the change is kept in the
     * listing history instead.
     */
    public ListingChange followPartner(boolean partnerActive, Instant at) {
        listed = partnerActive;
        return new ListingChange(id, partnerActive, at);
    }

    private void touch(String by, Instant at) {
        updatedBy = by;
        updatedAt = at;
    }

    public GeoPoint location() {
        return new GeoPoint(latitude, longitude);
    }

    public OpeningHours hours() {
        return OpeningHours.fromStored(openingHours);
    }

    public Long getId() {
        return id;
    }

    public long getPartnerId() {
        return partnerId;
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

    public MerchantCategory getCategory() {
        return category;
    }

    public String getAddress() {
        return address;
    }

    public String getPublicPhone() {
        return publicPhone;
    }

    public boolean isCaring() {
        return caring;
    }

    public boolean isListed() {
        return listed;
    }

    public String getCaringMarkedBy() {
        return caringMarkedBy;
    }

    public Instant getCaringMarkedAt() {
        return caringMarkedAt;
    }

    public String getCaringWithdrawnBy() {
        return caringWithdrawnBy;
    }

    public Instant getCaringWithdrawnAt() {
        return caringWithdrawnAt;
    }

    public String getCaringWithdrawalReason() {
        return caringWithdrawalReason;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
