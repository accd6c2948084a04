package org.communitypartners.merchants.offers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.time.YearMonth;
import org.communitypartners.kernel.api.persistence.UtcInstantConverter;
import org.communitypartners.merchants.eligibility.domain.EligibilityCategory;

/**
 * One person-time (人次) of an offer given at a lower price. It keeps the category for the
 * community's totals per category, and deliberately nothing that leads back to the resident or
 * the code used. Never shown to the merchant beyond its counts and value.
 */
@Entity
@Table(name = "benefit_redemption")
public class Redemption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "offer_id", nullable = false, updatable = false)
    private long offerId;

    @Column(name = "profile_id", nullable = false, updatable = false)
    private long profileId;

    @Column(name = "subdistrict_id", nullable = false, updatable = false)
    private long subdistrictId;

    @Column(name = "community_id", nullable = false, updatable = false)
    private long communityId;

    @Column(name = "redeemed_month", nullable = false, length = 7, updatable = false)
    private String month;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private EligibilityCategory category;

    @Column(name = "normal_price", nullable = false, precision = 14, scale = 2, updatable = false)
    private BigDecimal normalPrice;

    @Column(name = "charged_price", nullable = false, precision = 14, scale = 2, updatable = false)
    private BigDecimal chargedPrice;

    @Column(name = "redeemed_by", nullable = false, length = 64, updatable = false)
    private String redeemedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "redeemed_at", nullable = false, updatable = false)
    private Instant redeemedAt;

    @Version
    private long version;

    protected Redemption() {
    }

    public Redemption(BenefitOffer offer, YearMonth month, EligibilityCategory category, BigDecimal chargedPrice,
                      String redeemedBy, Instant at) {
        this.offerId = offer.getId();
        this.profileId = offer.getProfileId();
        this.subdistrictId = offer.getSubdistrictId();
        this.communityId = offer.getCommunityId();
        this.month = month.toString();
        this.category = category;
        this.normalPrice = offer.getNormalPrice();
        this.chargedPrice = chargedPrice;
        this.redeemedBy = redeemedBy;
        this.redeemedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getOfferId() {
        return offerId;
    }

    public String getMonth() {
        return month;
    }

    public EligibilityCategory getCategory() {
        return category;
    }

    public BigDecimal getChargedPrice() {
        return chargedPrice;
    }

    public Instant getRedeemedAt() {
        return redeemedAt;
    }
}
