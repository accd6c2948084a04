package org.communitypartners.property.fees.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.SecurityContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.web.ShanghaiTime;
import org.communitypartners.property.application.PropertyRegister;
import org.communitypartners.property.application.RegisterViews.UnitView;
import org.communitypartners.property.fees.application.FeeViews.ArrearsView;
import org.communitypartners.property.fees.application.FeeViews.BillDetail;
import org.communitypartners.property.fees.application.FeeViews.BillView;
import org.communitypartners.property.fees.application.FeeViews.BillingRunView;
import org.communitypartners.property.fees.application.FeeViews.FeeItemView;
import org.communitypartners.property.fees.application.FeeViews.LineView;
import org.communitypartners.property.fees.application.FeeViews.PaymentView;
import org.communitypartners.property.fees.application.FeeViews.RateView;
import org.communitypartners.property.fees.domain.BillableUnit;
import org.communitypartners.property.fees.domain.BillingPeriod;
import org.communitypartners.property.fees.domain.BillingRun;
import org.communitypartners.property.fees.domain.CollectionRate;
import org.communitypartners.property.fees.domain.FeeBasis;
import org.communitypartners.property.fees.domain.FeeBill;
import org.communitypartners.property.fees.domain.FeeItem;
import org.communitypartners.property.fees.domain.FeePayment;
import org.communitypartners.property.fees.domain.FeePayment.Submitted;
import org.communitypartners.property.fees.domain.FeeRate;
import org.communitypartners.property.fees.domain.FeeRepository;
import org.communitypartners.property.fees.domain.FeeRepository.BillFilter;
import org.communitypartners.property.fees.domain.FeeRepository.UnitArrears;
import org.communitypartners.property.fees.domain.FeeRules;
import org.communitypartners.property.fees.domain.FeeSchedule;
import org.communitypartners.property.fees.domain.ParkingSpaces;
import org.communitypartners.property.fees.domain.PaymentMethod;
import org.communitypartners.property.fees.domain.PricedItem;

/**
 * Fees of a compound for the staff who run them: fee items and rates, bills per period, payments,
 * arrears and the collection rate. Community and subdistrict staff of the compound's subtree and
 * the partner staff of the property company serving it under a contract in force may do all of
 * it; the register decides who sees a compound ({@link PropertyRegister#compound}), so an id of
 * another subdistrict, or of a compound the company does not serve, answers as not found.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF, Roles.PARTNER_STAFF})
public class FeeDesk {
    private static final String ITEM = "FeeItem";
    private static final String BILL = "FeeBill";

    @Inject
    FeeRepository fees;
    @Inject
    PropertyRegister register;
    @Inject
    CollectionRates rates;
    @Inject
    AuditTrail audit;
    @Inject
    SecurityContext security;
    @Inject
    Clock clock;

    public List<FeeItemView> items(long compoundId) {
        register.compound(compoundId);
        List<FeeItem> items = fees.items(compoundId);
        Map<Long, List<FeeRate>> byItem = fees.ratesOf(items);
        return items.stream().map(i -> view(i, byItem.getOrDefault(i.getId(), List.of()))).toList();
    }

    /** A new fee item with its first rate; both or neither are recorded. */
    public FeeItemView addItem(long compoundId, String name, FeeBasis basis, BigDecimal amount,
                               LocalDate effectiveFrom) {
        register.compound(compoundId);
        FeeItem item = new FeeItem(compoundId, name, basis, caller(), clock.instant());
        if (fees.itemNameTaken(compoundId, item.getName())) {
            throw FeeRules.violation("fees.item.taken", item.getName());
        }
        FeeSchedule.requireAfterBilled(required(effectiveFrom), latestBilled(compoundId));
        fees.add(item);
        FeeRate rate = new FeeRate(item.getId(), amount, effectiveFrom, caller(), clock.instant());
        fees.add(rate);
        audit.success("property.fees.item", ITEM, item.getId(), item.getName() + " " + basis + " "
                + rate.getAmount().toPlainString() + " from " + effectiveFrom);
        return view(item, List.of(rate));
    }

    /** A new rate of an item from a date on; it supersedes the previous rate from that date, which stays in the history. */
    public FeeItemView addRate(long itemId, BigDecimal amount, LocalDate effectiveFrom) {
        FeeItem item = fees.item(itemId).orElseThrow(() -> new NotFoundInScope(ITEM, itemId));
        register.compound(item.getCompoundId());
        List<FeeRate> history = fees.rates(List.of(itemId));
        FeeSchedule.requireFreeDay(history, required(effectiveFrom));
        FeeSchedule.requireAfterBilled(effectiveFrom, latestBilled(item.getCompoundId()));
        FeeRate rate = new FeeRate(itemId, amount, effectiveFrom, caller(), clock.instant());
        fees.add(rate);
        audit.success("property.fees.rate", ITEM, itemId, item.getName() + " " + rate.getAmount().toPlainString()
                + " from " + effectiveFrom);
        List<FeeRate> all = new ArrayList<>(history);
        all.add(rate);
        return view(item, all);
    }

    /** How many parking spaces the unit holds, for per-space fees from the next generated period. */
    public int setParkingSpaces(long unitId, int spaces) {
        UnitView unit = register.unit(unitId);
        Optional<ParkingSpaces> existing = fees.parkingSpaces(unitId);
        if (existing.isPresent()) {
            existing.get().change(spaces);
        } else {
            fees.add(new ParkingSpaces(unitId, unit.compoundId(), spaces));
        }
        audit.success("property.fees.parking", "PropertyUnit", unitId, String.valueOf(spaces));
        return spaces;
    }

    /**
     * Every unit's bill for the period, in one transaction: all bills or none. A period is billed
     * once: a second generation is refused (not silently repeated), because bills already issued
     * may carry payments and because rates or units may have changed since, so a repeat could not
     * produce the same bills. The rates are those in force on the period's first day.
     */
    public BillingRunView generate(long compoundId, String periodText) {
        register.compound(compoundId);
        BillingPeriod period = BillingPeriod.parse(periodText).billableIn(currentMonth());
        if (fees.billed(compoundId, period.text())) {
            throw FeeRules.violation("fees.generate.done", period.text());
        }
        List<FeeItem> items = fees.items(compoundId);
        Map<Long, List<FeeRate>> byItem = fees.ratesOf(items);
        List<PricedItem> priced = items.stream().flatMap(i -> FeeSchedule
                .rateOn(byItem.getOrDefault(i.getId(), List.of()), period.firstDay())
                .map(r -> new PricedItem(i.getId(), i.getName(), i.getBasis(), r.getAmount())).stream()).toList();
        if (priced.isEmpty()) {
            throw FeeRules.violation("fees.generate.noRates", period.text());
        }
        List<BillableUnit> units = fees.billableUnits(compoundId);
        BillingRun run = new BillingRun(compoundId, period, caller(), clock.instant());
        List<FeeBill> bills = new ArrayList<>(units.size());
        for (BillableUnit unit : units) {
            FeeBill.forUnit(compoundId, unit, period, priced, run.getGeneratedAt()).ifPresent(bill -> {
                bills.add(bill);
                run.count(bill);
            });
        }
        if (bills.isEmpty()) {
            throw FeeRules.violation("fees.generate.noUnits", period.text());
        }
        try {
            fees.add(run);
        } catch (PersistenceException concurrent) {
            throw FeeRules.violation("fees.generate.done", period.text());
        }
        fees.addBills(bills);
        audit.success("property.fees.generate", CollectionRates.COMPOUND, compoundId, period.text() + ": "
                + run.getBills() + " bills, " + run.getTotal().toPlainString() + " yuan");
        return new BillingRunView(compoundId, run.getPeriod(), run.getBills(), run.getTotal(), run.getGeneratedBy(),
                run.getGeneratedAt());
    }

    public long countBills(long compoundId, BillFilter filter) {
        register.compound(compoundId);
        return fees.countBills(compoundId, filter);
    }

    public List<BillView> bills(long compoundId, BillFilter filter, PageRequest page) {
        register.compound(compoundId);
        YearMonth now = currentMonth();
        return fees.bills(compoundId, filter, page).stream().map(b -> view(b, now)).toList();
    }

    public BillDetail bill(long billId) {
        FeeBill bill = readableBill(billId);
        return detail(bill);
    }

    /**
     * Records a payment once. A receipt number already recorded in the compound returns that
     * payment when the submission is the same (bill, amount, date, method) and is refused when it
     * differs. Payments may be partial; the bill is paid when they reach its amount. The bill is
     * locked meanwhile, so a double submission waits for the first and then finds it.
     */
    public PaymentView pay(long billId, String receiptNumber, BigDecimal amount, LocalDate paidOn,
                           PaymentMethod method) {
        Submitted submitted = new Submitted(receiptNumber, amount, paidOn, method).notAfter(today());
        FeeBill bill = fees.billForPayment(billId).orElseThrow(() -> new NotFoundInScope(BILL, billId));
        register.compound(bill.getCompoundId());
        Optional<FeePayment> earlier = fees.payment(bill.getCompoundId(), submitted.receiptNumber());
        if (earlier.isPresent()) {
            FeePayment same = earlier.get().replayedBy(billId, submitted);
            audit.success("property.fees.paymentRepeated", BILL, billId, same.getReceiptNumber());
            return view(same, true);
        }
        bill.pay(submitted.amount());
        FeePayment payment = new FeePayment(billId, bill.getCompoundId(), submitted, caller(), clock.instant());
        try {
            fees.add(payment);
        } catch (PersistenceException concurrent) {
            throw FeeRules.violation("fees.payment.receiptConcurrent", submitted.receiptNumber());
        }
        audit.success("property.fees.payment", BILL, billId, payment.getReceiptNumber() + " "
                + payment.getAmount().toPlainString() + " " + payment.getMethod() + " " + payment.getPaidOn());
        return view(payment, false);
    }

    public long countArrears(long compoundId) {
        register.compound(compoundId);
        return fees.countArrears(compoundId);
    }

    public List<ArrearsView> arrears(long compoundId, PageRequest page) {
        register.compound(compoundId);
        YearMonth now = currentMonth();
        return fees.arrears(compoundId, page).stream().map(a -> view(a, now)).toList();
    }

    /** A unit's unpaid bills, oldest first. */
    public List<BillView> unitArrears(long unitId) {
        register.unit(unitId);
        YearMonth now = currentMonth();
        return fees.unpaidBills(unitId).stream().map(b -> view(b, now)).toList();
    }

    /** The collection rate of a compound the caller may see, from one period to another (both included). */
    public CollectionRate collectionRate(long compoundId, YearMonth from, YearMonth to) {
        register.compound(compoundId);
        return rates.collectionRate(compoundId, from, to);
    }

    private FeeBill readableBill(long billId) {
        FeeBill bill = fees.bill(billId).orElseThrow(() -> new NotFoundInScope(BILL, billId));
        register.compound(bill.getCompoundId());
        return bill;
    }

    private Optional<BillingPeriod> latestBilled(long compoundId) {
        return fees.latestBilledPeriod(compoundId).map(BillingPeriod::parse);
    }

    private static LocalDate required(LocalDate effectiveFrom) {
        if (effectiveFrom == null) {
            throw FeeRules.violation("fees.rate.effectiveFrom");
        }
        return effectiveFrom;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ShanghaiTime.ZONE));
    }

    private YearMonth currentMonth() {
        return YearMonth.from(today());
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }

    private FeeItemView view(FeeItem item, List<FeeRate> history) {
        LocalDate today = today();
        Optional<FeeRate> current = FeeSchedule.rateOn(history, today);
        Optional<FeeRate> next = FeeSchedule.nextAfter(history, today);
        List<RateView> rateViews = history.stream()
                .sorted((a, b) -> b.getEffectiveFrom().compareTo(a.getEffectiveFrom()))
                .map(r -> new RateView(r.getId(), r.getAmount(), r.getEffectiveFrom(), r.getRecordedBy())).toList();
        return new FeeItemView(item.getId(), item.getCompoundId(), item.getName(), item.getBasis(),
                current.map(FeeRate::getAmount).orElse(null), current.map(FeeRate::getEffectiveFrom).orElse(null),
                next.map(FeeRate::getAmount).orElse(null), next.map(FeeRate::getEffectiveFrom).orElse(null),
                rateViews);
    }

    private static BillView view(FeeBill b, YearMonth now) {
        return new BillView(b.getId(), b.getCompoundId(), b.getBuildingId(), b.getUnitId(), b.getUnitLabel(),
                b.getPeriod(), b.getAmountDue(), b.getAmountPaid(), b.outstanding(), b.isPaidInFull(),
                BillingPeriod.parse(b.getPeriod()).ageInMonths(now));
    }

    private BillDetail detail(FeeBill bill) {
        List<LineView> lines = bill.getLines().stream()
                .map(l -> new LineView(l.getItemName(), l.getBasis(), l.getRate(), l.getQuantity(), l.getAmount()))
                .toList();
        List<PaymentView> payments = fees.payments(bill.getId()).stream().map(p -> view(p, false)).toList();
        return new BillDetail(view(bill, currentMonth()), lines, payments);
    }

    private static PaymentView view(FeePayment p, boolean replayed) {
        return new PaymentView(p.getId(), p.getBillId(), p.getReceiptNumber(), p.getAmount(), p.getPaidOn(),
                p.getMethod(), p.getRecordedBy(), p.getRecordedAt(), replayed);
    }

    private static ArrearsView view(UnitArrears a, YearMonth now) {
        return new ArrearsView(a.unitId(), a.unitLabel(), a.unpaidBills(), a.outstanding(), a.oldestPeriod(),
                BillingPeriod.parse(a.oldestPeriod()).ageInMonths(now));
    }
}
