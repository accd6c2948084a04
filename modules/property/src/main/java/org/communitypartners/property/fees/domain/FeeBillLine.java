package org.communitypartners.property.fees.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One fee on a bill: the item's name, basis and rate as they were when the bill was made, the
 * quantity (m², 1 unit, spaces) and the amount, rounded half-up to the fen here and only here.
 */
@Entity
@Table(name = "property_fee_bill_line")
public class FeeBillLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "bill_id", nullable = false)
    private FeeBill bill;

    @Column(name = "fee_item_id", nullable = false)
    private long feeItemId;

    @Column(name = "item_name", nullable = false, length = FeeItem.NAME_LENGTH)
    private String itemName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private FeeBasis basis;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal rate;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal quantity;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Version
    private long version;

    protected FeeBillLine() {
    }

    FeeBillLine(FeeBill bill, PricedItem item, BigDecimal quantity) {
        this.bill = bill;
        this.feeItemId = item.itemId();
        this.itemName = item.name();
        this.basis = item.basis();
        this.rate = item.rate();
        this.quantity = quantity.setScale(2, RoundingMode.UNNECESSARY);
        this.amount = amountOf(item.rate(), quantity);
    }

    /** Rate × quantity, rounded half-up to the fen (0.01 yuan): the one rounding of a bill. */
    public static BigDecimal amountOf(BigDecimal rate, BigDecimal quantity) {
        return rate.multiply(quantity).setScale(2, RoundingMode.HALF_UP);
    }

    public long getFeeItemId() {
        return feeItemId;
    }

    public String getItemName() {
        return itemName;
    }

    public FeeBasis getBasis() {
        return basis;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
