package org.communitypartners.property.fees.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A unit's bill for one period: the sum of its lines, what has been paid against it, and whether
 * it is paid in full. Payments may be partial; a bill is paid when the payments reach its amount.
 */
@Entity
@Table(name = "property_fee_bill")
public class FeeBill {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "compound_id", nullable = false)
    private long compoundId;

    @Column(name = "building_id", nullable = false)
    private long buildingId;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    /** Building and unit number as they were when billed (e.g. 3-201), so lists need no join. */
    @Column(name = "unit_label", nullable = false, length = 45)
    private String unitLabel;

    @Column(nullable = false, length = 7)
    private String period;

    @Column(name = "amount_due", nullable = false, precision = 14, scale = 2)
    private BigDecimal amountDue;

    @Column(name = "amount_paid", nullable = false, precision = 14, scale = 2)
    private BigDecimal amountPaid;

    @Column(name = "paid_in_full", nullable = false)
    private boolean paidInFull;

    @Column(name = "generated_at", nullable = false)
    private Instant generatedAt;

    @OneToMany(mappedBy = "bill", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<FeeBillLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected FeeBill() {
    }

    private FeeBill(long compoundId, BillableUnit unit, BillingPeriod period, Instant generatedAt) {
        this.compoundId = compoundId;
        this.buildingId = unit.buildingId();
        this.unitId = unit.unitId();
        this.unitLabel = unit.label();
        this.period = period.text();
        this.amountPaid = BigDecimal.ZERO.setScale(2);
        this.generatedAt = generatedAt;
    }

    /**
     * The unit's bill for the period: one line per item whose quantity for the unit is not zero
     * (no parking space, no parking line). Nothing to charge, no bill.
     */
    public static Optional<FeeBill> forUnit(long compoundId, BillableUnit unit, BillingPeriod period,
                                            List<PricedItem> items, Instant generatedAt) {
        FeeBill bill = new FeeBill(compoundId, unit, period, generatedAt);
        BigDecimal due = BigDecimal.ZERO.setScale(2);
        for (PricedItem item : items) {
            BigDecimal quantity = item.basis().quantity(unit.exclusiveArea(), unit.parkingSpaces());
            if (quantity.signum() > 0) {
                FeeBillLine line = new FeeBillLine(bill, item, quantity);
                bill.lines.add(line);
                due = due.add(line.getAmount());
            }
        }
        bill.amountDue = due;
        return due.signum() > 0 ? Optional.of(bill) : Optional.empty();
    }

    public BigDecimal outstanding() {
        return amountDue.subtract(amountPaid);
    }

    /** Takes a payment of at most what is still owed; the bill is paid once nothing is owed. */
    public void pay(BigDecimal amount) {
        if (paidInFull) {
            throw FeeRules.violation("fees.payment.billPaid", period, unitLabel);
        }
        if (amount.compareTo(outstanding()) > 0) {
            throw FeeRules.violation("fees.payment.overpaid", amount.toPlainString(), outstanding().toPlainString());
        }
        amountPaid = amountPaid.add(amount);
        paidInFull = amountPaid.compareTo(amountDue) == 0;
    }

    public Long getId() {
        return id;
    }

    public long getCompoundId() {
        return compoundId;
    }

    public long getBuildingId() {
        return buildingId;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getUnitLabel() {
        return unitLabel;
    }

    public String getPeriod() {
        return period;
    }

    public BigDecimal getAmountDue() {
        return amountDue;
    }

    public BigDecimal getAmountPaid() {
        return amountPaid;
    }

    public boolean isPaidInFull() {
        return paidInFull;
    }

    public Instant getGeneratedAt() {
        return generatedAt;
    }

    public List<FeeBillLine> getLines() {
        return lines;
    }

    public long getVersion() {
        return version;
    }
}
