package org.communitypartners.property.fees.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The price of a fee item from a date on (yuan per basis per month). Rates are never edited: a
 * new rate supersedes the previous one from its own date, and the history stays.
 */
@Entity
@Table(name = "property_fee_rate")
public class FeeRate {
    public static final BigDecimal MAX = new BigDecimal("9999.99");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "fee_item_id", nullable = false)
    private long feeItemId;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected FeeRate() {
    }

    public FeeRate(long feeItemId, BigDecimal amount, LocalDate effectiveFrom, String recordedBy, Instant recordedAt) {
        if (effectiveFrom == null) {
            throw FeeRules.violation("fees.rate.effectiveFrom");
        }
        this.feeItemId = feeItemId;
        this.amount = FeeRules.money(amount, MAX, "fees.rate.amount");
        this.effectiveFrom = effectiveFrom;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public long getFeeItemId() {
        return feeItemId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
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
