package org.communitypartners.property.fees.domain;

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
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A payment against a bill, identified by its receipt number (收据号) within the compound: the
 * receipt number is the idempotency key, so a payment submitted twice is recorded once.
 */
@Entity
@Table(name = "property_fee_payment")
public class FeePayment {
    public static final int RECEIPT_LENGTH = 40;
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999.99");
    private static final Pattern RECEIPT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_/-]{0,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "bill_id", nullable = false)
    private long billId;

    @Column(name = "compound_id", nullable = false)
    private long compoundId;

    @Column(name = "receipt_number", nullable = false, length = RECEIPT_LENGTH)
    private String receiptNumber;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PaymentMethod method;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected FeePayment() {
    }

    /** A payment as submitted, checked but not yet applied to its bill. */
    public record Submitted(String receiptNumber, BigDecimal amount, LocalDate paidOn, PaymentMethod method) {
        public Submitted {
            receiptNumber = FeePayment.receiptNumber(receiptNumber);
            amount = FeeRules.money(amount, MAX_AMOUNT, "fees.payment.amount");
            if (paidOn == null) {
                throw FeeRules.violation("fees.payment.paidOn");
            }
            if (method == null) {
                throw FeeRules.violation("fees.payment.method");
            }
        }

        public Submitted notAfter(LocalDate today) {
            if (paidOn.isAfter(today)) {
                throw FeeRules.violation("fees.payment.paidOnFuture", paidOn.toString());
            }
            return this;
        }
    }

    public FeePayment(long billId, long compoundId, Submitted payment, String recordedBy, Instant recordedAt) {
        this.billId = billId;
        this.compoundId = compoundId;
        this.receiptNumber = payment.receiptNumber();
        this.amount = payment.amount();
        this.paidOn = payment.paidOn();
        this.method = payment.method();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Trimmed, 1–40 letters, digits, '-', '_' or '/', starting with a letter or digit. */
    public static String receiptNumber(String text) {
        String value = text == null ? "" : text.strip();
        if (!RECEIPT.matcher(value).matches()) {
            throw FeeRules.violation("fees.payment.receipt", RECEIPT_LENGTH);
        }
        return value;
    }

    /**
     * The answer to a submission whose receipt number is already recorded: the same payment again
     * (a retry, a double click) is this payment; anything else under the receipt is refused.
     */
    public FeePayment replayedBy(long submittedBillId, Submitted submitted) {
        boolean same = billId == submittedBillId && amount.compareTo(submitted.amount()) == 0
                && paidOn.equals(submitted.paidOn()) && method == submitted.method();
        if (!same) {
            throw FeeRules.violation("fees.payment.receiptReused", receiptNumber, amount.toPlainString(),
                    paidOn.toString());
        }
        return this;
    }

    public Long getId() {
        return id;
    }

    public long getBillId() {
        return billId;
    }

    public long getCompoundId() {
        return compoundId;
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
