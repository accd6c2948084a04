package org.communitypartners.merchants.offers.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import org.communitypartners.kernel.api.persistence.UtcInstantConverter;
import org.communitypartners.merchants.eligibility.domain.EligibilityCategory;
import org.communitypartners.merchants.eligibility.domain.TierPrices;

/**
 * A merchant's benefit offer (优惠): a service at its normal price and a lower price for each
 * eligibility category it is offered to, valid between two days, for at most a number of
 * person-times a month. The month's count lives on this row and changes only under its lock.
 */
@Entity
@Table(name = "benefit_offer")
public class BenefitOffer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "profile_id", nullable = false, updatable = false)
    private long profileId;

    @Column(name = "subdistrict_id", nullable = false, updatable = false)
    private long subdistrictId;

    @Column(name = "community_id", nullable = false, updatable = false)
    private long communityId;

    @Column(name = "service_name", nullable = false, length = OfferRules.SERVICE_LENGTH)
    private String serviceName;

    @Column(name = "normal_price", nullable = false, precision = 14, scale = 2)
    private BigDecimal normalPrice;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "benefit_offer_price", joinColumns = @JoinColumn(name = "offer_id"))
    @MapKeyColumn(name = "category")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "price", precision = 14, scale = 2)
    private Map<EligibilityCategory, BigDecimal> prices = new EnumMap<>(EligibilityCategory.class);

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(name = "monthly_quota", nullable = false)
    private int monthlyQuota;

    @Column(name = "quota_month", length = 7)
    private String quotaMonth;

    @Column(name = "quota_used", nullable = false)
    private int quotaUsed;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected BenefitOffer() {
    }

    public BenefitOffer(long profileId, long subdistrictId, long communityId, Terms terms, String by, Instant at) {
        this.profileId = profileId;
        this.subdistrictId = subdistrictId;
        this.communityId = communityId;
        change(terms, by, at);
    }

    /** What a merchant writes: the service, prices, validity and monthly quota. */
    public record Terms(String serviceName, TierPrices prices, LocalDate validFrom, LocalDate validUntil,
                        int monthlyQuota) {
        public Terms {
            serviceName = OfferRules.serviceName(serviceName);
            if (prices == null) {
                throw OfferRules.violation("offer.tierRequired");
            }
            if (validFrom == null || validUntil == null || validUntil.isBefore(validFrom)) {
                throw OfferRules.violation("offer.validity");
            }
            if (monthlyQuota < 1 || monthlyQuota > OfferRules.MAX_QUOTA) {
                throw OfferRules.violation("offer.quota", OfferRules.MAX_QUOTA);
            }
        }
    }

    public final void change(Terms terms, String by, Instant at) {
        serviceName = terms.serviceName();
        normalPrice = terms.prices().normalPrice();
        prices.clear();
        prices.putAll(terms.prices().prices());
        validFrom = terms.validFrom();
        validUntil = terms.validUntil();
        monthlyQuota = terms.monthlyQuota();
        updatedBy = by;
        updatedAt = at;
    }

    public TierPrices tierPrices() {
        return new TierPrices(normalPrice, prices);
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }

    /** Person-times already given in the month (0 for a month not yet counted). */
    public int usedIn(YearMonth month) {
        return month.toString().equals(quotaMonth) ? quotaUsed : 0;
    }

    /**
     * Takes one person-time of the month's quota; false when it is used up. Call only while
     * holding the row's lock, or two tills may take the last one.
     */
    public boolean takeQuota(YearMonth month) {
        int used = usedIn(month);
        if (used >= monthlyQuota) {
            return false;
        }
        quotaMonth = month.toString();
        quotaUsed = used + 1;
        return true;
    }

    public Long getId() {
        return id;
    }

    public long getProfileId() {
        return profileId;
    }

    public long getSubdistrictId() {
        return subdistrictId;
    }

    public long getCommunityId() {
        return communityId;
    }

    public String getServiceName() {
        return serviceName;
    }

    public BigDecimal getNormalPrice() {
        return normalPrice;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public int getMonthlyQuota() {
        return monthlyQuota;
    }

    public long getVersion() {
        return version;
    }
}
