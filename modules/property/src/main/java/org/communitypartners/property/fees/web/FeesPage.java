package org.communitypartners.property.fees.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.kernel.api.web.PagedList;
import org.communitypartners.kernel.api.web.ShanghaiTime;
import org.communitypartners.property.PropertyModule;
import org.communitypartners.property.application.PropertyRegister;
import org.communitypartners.property.application.RegisterViews.BuildingView;
import org.communitypartners.property.application.RegisterViews.CompoundView;
import org.communitypartners.property.fees.application.FeeDesk;
import org.communitypartners.property.fees.application.FeeViews.ArrearsView;
import org.communitypartners.property.fees.application.FeeViews.BillView;
import org.communitypartners.property.fees.application.FeeViews.BillingRunView;
import org.communitypartners.property.fees.application.FeeViews.FeeItemView;
import org.communitypartners.property.fees.domain.BillingPeriod;
import org.communitypartners.property.fees.domain.CollectionRate;
import org.communitypartners.property.fees.domain.FeeBasis;
import org.communitypartners.property.fees.domain.FeeRepository.BillFilter;
import org.communitypartners.property.fees.domain.PaymentMethod;
import org.omnifaces.cdi.ViewScoped;

/** The fee screen of a compound: items and rates, bill generation, bills with payments, arrears and collection rate. */
@Named
@ViewScoped
public class FeesPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 20;

    @Inject
    FeeDesk desk;
    @Inject
    PropertyRegister register;
    @Inject
    OrgDirectory directory;
    @Inject
    Feedback feedback;
    @Inject
    Clock clock;

    private Long compoundId;
    private OrgUnitView compoundUnit;
    private CompoundView compound;
    private List<FeeItemView> items;
    private List<BuildingView> buildings;

    private String itemName;
    private FeeBasis itemBasis;
    private BigDecimal rate;
    private LocalDate effectiveFrom;
    private FeeItemView rateItem;

    private String generatePeriod;
    private String billPeriod;
    private String billStatus;
    private Long billBuilding;
    private final PagedList<BillView> bills = new PagedList<>(new BillSource(), BillView::id);
    private final PagedList<ArrearsView> arrears = new PagedList<>(new ArrearsSource(), ArrearsView::unitId);

    private BillView payBill;
    private String receiptNumber;
    private BigDecimal payAmount;
    private LocalDate paidOn;
    private PaymentMethod payMethod;

    private String rateFrom;
    private String rateTo;
    private CollectionRate collection;

    public List<OrgUnitView> completeCompound(String query) {
        return directory.searchVisible(query, OrgLevel.COMPOUND, SUGGESTIONS);
    }

    public void pick() {
        compound = null;
        if (compoundUnit != null) {
            feedback.attemptIn(PropertyModule.BUNDLE, this::load, null);
        }
    }

    /** Opens the compound named in the address (?compound=id); one out of reach answers as not found. */
    public void open() {
        if (compoundId != null) {
            compoundUnit = directory.find(compoundId).orElseThrow();
            load();
        }
    }

    private void load() {
        compound = register.compound(compoundUnit.id());
        items = desk.items(compound.id());
        buildings = register.buildings(compound.id());
        YearMonth month = YearMonth.now(clock.withZone(ShanghaiTime.ZONE));
        generatePeriod = month.toString();
        rateFrom = month.toString();
        rateTo = month.toString();
        collection = null;
    }

    public void prepareItem() {
        itemName = null;
        itemBasis = FeeBasis.PER_SQUARE_METRE_MONTH;
        rate = null;
        effectiveFrom = null;
    }

    public void addItem() {
        if (feedback.attemptIn(PropertyModule.BUNDLE,
                () -> desk.addItem(compound.id(), itemName, itemBasis, rate, effectiveFrom), "fees.item.added",
                itemName)) {
            items = desk.items(compound.id());
        }
    }

    public void prepareRate(FeeItemView item) {
        rateItem = item;
        rate = null;
        effectiveFrom = null;
    }

    public void addRate() {
        if (feedback.attemptIn(PropertyModule.BUNDLE, () -> desk.addRate(rateItem.id(), rate, effectiveFrom),
                "fees.rate.added", rateItem.name())) {
            items = desk.items(compound.id());
        }
    }

    public void generate() {
        BillingRunView[] run = new BillingRunView[1];
        if (feedback.attemptIn(PropertyModule.BUNDLE, () -> run[0] = desk.generate(compound.id(), generatePeriod),
                null)) {
            // The message carries the run's figures, known only once it has run.
            feedback.attemptIn(PropertyModule.BUNDLE, () -> { }, "fees.generate.generated", run[0].period(),
                    run[0].bills(), run[0].total().toPlainString());
            billPeriod = run[0].period();
        }
    }

    public void preparePayment(BillView bill) {
        payBill = bill;
        receiptNumber = null;
        payAmount = bill.outstanding();
        paidOn = LocalDate.now(clock.withZone(ShanghaiTime.ZONE));
        payMethod = PaymentMethod.WECHAT;
    }

    public void pay() {
        feedback.attemptIn(PropertyModule.BUNDLE,
                () -> desk.pay(payBill.id(), receiptNumber, payAmount, paidOn, payMethod), "fees.payment.recorded",
                receiptNumber, payBill.unitLabel());
    }

    public void computeRate() {
        collection = null;
        feedback.attemptIn(PropertyModule.BUNDLE, () -> collection = desk.collectionRate(compound.id(),
                BillingPeriod.parse(rateFrom).month(), BillingPeriod.parse(rateTo).month()), null);
    }

    public List<FeeBasis> getBases() {
        return List.of(FeeBasis.values());
    }

    public List<PaymentMethod> getMethods() {
        return List.of(PaymentMethod.values());
    }

    private BillFilter filter() {
        String period = billPeriod == null || billPeriod.isBlank() ? null : BillingPeriod.parse(billPeriod).text();
        Boolean paid = billStatus == null || billStatus.isBlank() ? null : "PAID".equals(billStatus);
        return new BillFilter(period, paid, billBuilding);
    }

    private final class BillSource implements PagedList.Source<BillView> {
        private static final long serialVersionUID = 1L;

        @Override
        public long count(Map<String, Object> filters) {
            long[] count = new long[1];
            if (compound != null) {
                feedback.attemptIn(PropertyModule.BUNDLE, () -> count[0] = desk.countBills(compound.id(), filter()),
                        null);
            }
            return count[0];
        }

        @Override
        public List<BillView> page(Map<String, Object> filters, PageRequest page) {
            return compound == null || count(filters) == 0 ? List.of() : desk.bills(compound.id(), filter(), page);
        }
    }

    private final class ArrearsSource implements PagedList.Source<ArrearsView> {
        private static final long serialVersionUID = 1L;

        @Override
        public long count(Map<String, Object> filters) {
            return compound == null ? 0 : desk.countArrears(compound.id());
        }

        @Override
        public List<ArrearsView> page(Map<String, Object> filters, PageRequest page) {
            return compound == null ? List.of() : desk.arrears(compound.id(), page);
        }
    }

    public PagedList<BillView> getBills() {
        return bills;
    }

    public PagedList<ArrearsView> getArrears() {
        return arrears;
    }

    public Long getCompoundId() {
        return compoundId;
    }

    public void setCompoundId(Long compoundId) {
        this.compoundId = compoundId;
    }

    public OrgUnitView getCompoundUnit() {
        return compoundUnit;
    }

    public void setCompoundUnit(OrgUnitView compoundUnit) {
        this.compoundUnit = compoundUnit;
    }

    public CompoundView getCompound() {
        return compound;
    }

    public List<FeeItemView> getItems() {
        return items;
    }

    public List<BuildingView> getBuildings() {
        return buildings;
    }

    public String getItemName() {
        return itemName;
    }

    public void setItemName(String itemName) {
        this.itemName = itemName;
    }

    public FeeBasis getItemBasis() {
        return itemBasis;
    }

    public void setItemBasis(FeeBasis itemBasis) {
        this.itemBasis = itemBasis;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public void setRate(BigDecimal rate) {
        this.rate = rate;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public FeeItemView getRateItem() {
        return rateItem;
    }

    public String getGeneratePeriod() {
        return generatePeriod;
    }

    public void setGeneratePeriod(String generatePeriod) {
        this.generatePeriod = generatePeriod;
    }

    public String getBillPeriod() {
        return billPeriod;
    }

    public void setBillPeriod(String billPeriod) {
        this.billPeriod = billPeriod;
    }

    public String getBillStatus() {
        return billStatus;
    }

    public void setBillStatus(String billStatus) {
        this.billStatus = billStatus;
    }

    public Long getBillBuilding() {
        return billBuilding;
    }

    public void setBillBuilding(Long billBuilding) {
        this.billBuilding = billBuilding;
    }

    public BillView getPayBill() {
        return payBill;
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public void setReceiptNumber(String receiptNumber) {
        this.receiptNumber = receiptNumber;
    }

    public BigDecimal getPayAmount() {
        return payAmount;
    }

    public void setPayAmount(BigDecimal payAmount) {
        this.payAmount = payAmount;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }

    public PaymentMethod getPayMethod() {
        return payMethod;
    }

    public void setPayMethod(PaymentMethod payMethod) {
        this.payMethod = payMethod;
    }

    public String getRateFrom() {
        return rateFrom;
    }

    public void setRateFrom(String rateFrom) {
        this.rateFrom = rateFrom;
    }

    public String getRateTo() {
        return rateTo;
    }

    public void setRateTo(String rateTo) {
        this.rateTo = rateTo;
    }

    public CollectionRate getCollection() {
        return collection;
    }
}
