package org.communitypartners.property.fees.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.communitypartners.property.fees.domain.FeeBasis;
import org.communitypartners.property.fees.domain.PaymentMethod;

/** Fees, bills and payments as screens, REST and the public notice see them. */
public final class FeeViews {
    private FeeViews() {
    }

    /** A fee item with the rate in force today, the next announced one, and every rate it ever had. */
    public record FeeItemView(long id, long compoundId, String name, FeeBasis basis, BigDecimal currentRate,
                              LocalDate currentFrom, BigDecimal nextRate, LocalDate nextFrom, List<RateView> rates) {
    }

    public record RateView(long id, BigDecimal amount, LocalDate effectiveFrom, String recordedBy) {
    }

    public record BillingRunView(long compoundId, String period, int bills, BigDecimal total, String generatedBy,
                                 Instant generatedAt) {
    }

    /** A bill; {@code ageMonths} counts whole months since its period (0 in its own month). */
    public record BillView(long id, long compoundId, long buildingId, long unitId, String unitLabel, String period,
                           BigDecimal amountDue, BigDecimal amountPaid, BigDecimal outstanding, boolean paidInFull,
                           long ageMonths) {
    }

    public record LineView(String itemName, FeeBasis basis, BigDecimal rate, BigDecimal quantity, BigDecimal amount) {
    }

    public record BillDetail(BillView bill, List<LineView> lines, List<PaymentView> payments) {
    }

    /** A recorded payment; {@code replayed} is true when the submission repeated an earlier receipt. */
    public record PaymentView(long id, long billId, String receiptNumber, BigDecimal amount, LocalDate paidOn,
                              PaymentMethod method, String recordedBy, Instant recordedAt, boolean replayed) {
    }

    /** A unit's arrears: how many unpaid bills, how much, since which period and how many months ago. */
    public record ArrearsView(long unitId, String unitLabel, long unpaidBills, BigDecimal outstanding,
                              String oldestPeriod, long ageMonths) {
    }

    /** What the public fee notice (收费公示) of a compound shows. */
    public record FeeNotice(String compoundCode, String compoundName, String communityName, String companyName,
                            LocalDate serviceStartsOn, LocalDate serviceEndsOn, String serviceLevel,
                            Integer serviceGrade, List<NoticeItem> items, String priceHotline, LocalDate shownOn) {
    }

    /** An item on the notice: its rate in force (and since when) and the next announced rate, if any. */
    public record NoticeItem(String name, FeeBasis basis, BigDecimal rate, LocalDate effectiveFrom,
                             BigDecimal nextRate, LocalDate nextFrom) {
    }
}
