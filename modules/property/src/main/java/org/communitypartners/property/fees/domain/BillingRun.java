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

/**
 * One generation of a compound's bills for a period. Its unique (compound, period) key is what
 * refuses a second generation, even when two staff click at the same moment.
 */
@Entity
@Table(name = "property_billing_run")
public class BillingRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "compound_id", nullable = false)
    private long compoundId;

    @Column(nullable = false, length = 7)
    private String period;

    @Column(nullable = false)
    private int bills;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal total;

    @Column(name = "generated_by", nullable = false, length = 64)
    private String generatedBy;

    @Column(name = "generated_at", nullable = false)
    private Instant generatedAt;

    @Version
    private long version;

    protected BillingRun() {
    }

    public BillingRun(long compoundId, BillingPeriod period, String generatedBy, Instant generatedAt) {
        this.compoundId = compoundId;
        this.period = period.text();
        this.total = BigDecimal.ZERO.setScale(2);
        this.generatedBy = generatedBy;
        this.generatedAt = generatedAt;
    }

    public void count(FeeBill bill) {
        bills++;
        total = total.add(bill.getAmountDue());
    }

    public Long getId() {
        return id;
    }

    public long getCompoundId() {
        return compoundId;
    }

    public String getPeriod() {
        return period;
    }

    public int getBills() {
        return bills;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public String getGeneratedBy() {
        return generatedBy;
    }

    public Instant getGeneratedAt() {
        return generatedAt;
    }
}
