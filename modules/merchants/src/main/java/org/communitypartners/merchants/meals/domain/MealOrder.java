package org.communitypartners.merchants.meals.domain;

import org.communitypartners.merchants.library.domain.LibraryRules;
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
import java.time.LocalDate;
import org.communitypartners.kernel.api.PhoneNumber;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.kernel.api.persistence.UtcInstantConverter;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.eligibility.domain.EligibilityCategory;

/**
 * One meal ordered at a meal point for a day, at the prices of that moment. A subsidised meal
 * keeps its eligibility category and the benefit code's use for the settlement only: the meal
 * point's staff see the price, never why. A delivery keeps an address and a phone until the meal
 * is served or cancelled, then forgets them.
 */
@Entity
@Table(name = "meal_order")
public class MealOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meal_point_id", nullable = false, updatable = false)
    private long mealPointId;

    @Column(name = "subdistrict_id", nullable = false, updatable = false)
    private long subdistrictId;

    @Column(name = "community_id", nullable = false, updatable = false)
    private long communityId;

    @Column(name = "meal_set_id", nullable = false, updatable = false)
    private long mealSetId;

    @Column(name = "meal_day", nullable = false, updatable = false)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(name = "serving_mode", nullable = false, length = 10, updatable = false)
    private ServingMode mode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private OrderStatus status;

    @Column(name = "standard_price", nullable = false, precision = 14, scale = 2, updatable = false)
    private BigDecimal standardPrice;

    @Column(name = "paid_price", nullable = false, precision = 14, scale = 2, updatable = false)
    private BigDecimal paidPrice;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, updatable = false)
    private EligibilityCategory category;

    @Column(name = "code_use_id", updatable = false)
    private Long codeUseId;

    @Column(name = "delivery_address", length = MealRules.ADDRESS_LENGTH)
    private String deliveryAddress;

    @Column(name = "delivery_phone", length = MealRules.PHONE_LENGTH)
    private String deliveryPhone;

    @Column(name = "ordered_by", nullable = false, length = 64, updatable = false)
    private String orderedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "ordered_at", nullable = false, updatable = false)
    private Instant orderedAt;

    @Column(name = "served_by", length = 64)
    private String servedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "served_at")
    private Instant servedAt;

    @Column(name = "cancelled_by", length = 64)
    private String cancelledBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Version
    private long version;

    protected MealOrder() {
    }

    /** Where a delivery goes; empty for dine-in and pick-up. */
    public record Delivery(String address, String phone) {
        public static final Delivery NONE = new Delivery(null, null);
    }

    /** The benefit a subsidised meal was proven by: the category (settlement only) and the code's use. */
    public record Benefit(EligibilityCategory category, long codeUseId) {
    }

    /**
     * A meal at the set's price for the benefit, or the standard price without one. The set must be
     * on sale; a delivery needs an address and a valid phone.
     */
    public MealOrder(MealPoint point, MealSet set, LocalDate day, ServingMode mode, Benefit benefit, Delivery delivery,
                     String by, Instant at, LocalDate today) {
        if (day == null || day.isBefore(today)) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "meal.dayPassed");
        }
        if (!point.isActive()) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "meal.pointClosed", point.getName());
        }
        if (set.getMealPointId() != point.getId() || !set.isActive()) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "meal.setNotOnSale");
        }
        if (mode == null) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "meal.modeRequired");
        }
        this.mealPointId = point.getId();
        this.subdistrictId = point.getSubdistrictId();
        this.communityId = point.getCommunityId();
        this.mealSetId = set.getId();
        this.day = day;
        this.mode = mode;
        this.status = OrderStatus.ORDERED;
        SetPrices prices = set.prices();
        this.standardPrice = prices.standard();
        if (benefit != null) {
            this.category = benefit.category();
            this.codeUseId = benefit.codeUseId();
        }
        this.paidPrice = prices.priceFor(category);
        if (mode == ServingMode.DELIVERY) {
            Delivery to = delivery == null ? Delivery.NONE : delivery;
            this.deliveryAddress = LibraryRules.required(to.address(), MealRules.ADDRESS_LENGTH, "meal.deliveryAddressRequired");
            this.deliveryPhone = new PhoneNumber(to.phone()).value();
        }
        this.orderedBy = by;
        this.orderedAt = at;
    }

    /** Records the meal handed over (at the table, at the counter or at the door), on its day or later. */
    public void serve(String by, Instant at, LocalDate today) {
        requireOrdered();
        if (today.isBefore(day)) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "meal.notYetDay", day.toString());
        }
        status = OrderStatus.SERVED;
        servedBy = by;
        servedAt = at;
        forgetDelivery();
    }

    /** Cancels a meal not yet served; the day's capacity frees with it. */
    public void cancel(String by, Instant at) {
        requireOrdered();
        status = OrderStatus.CANCELLED;
        cancelledBy = by;
        cancelledAt = at;
        forgetDelivery();
    }

    public boolean isSubsidised() {
        return category != null;
    }

    /** The delivery phone as the meal point's staff see it (138****1234); null without one. */
    public String maskedPhone() {
        return deliveryPhone == null ? null : new PhoneNumber(deliveryPhone).masked();
    }

    private void requireOrdered() {
        if (status != OrderStatus.ORDERED) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "meal.notOpen", status.name());
        }
    }

    private void forgetDelivery() {
        deliveryAddress = null;
        deliveryPhone = null;
    }

    public Long getId() {
        return id;
    }

    public long getMealPointId() {
        return mealPointId;
    }

    public long getSubdistrictId() {
        return subdistrictId;
    }

    public long getCommunityId() {
        return communityId;
    }

    public long getMealSetId() {
        return mealSetId;
    }

    public LocalDate getDay() {
        return day;
    }

    public ServingMode getMode() {
        return mode;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public BigDecimal getStandardPrice() {
        return standardPrice;
    }

    public BigDecimal getPaidPrice() {
        return paidPrice;
    }

    public EligibilityCategory getCategory() {
        return category;
    }

    public Long getCodeUseId() {
        return codeUseId;
    }

    public String getDeliveryAddress() {
        return deliveryAddress;
    }

    public String getOrderedBy() {
        return orderedBy;
    }

    public Instant getOrderedAt() {
        return orderedAt;
    }

    public String getServedBy() {
        return servedBy;
    }

    public Instant getServedAt() {
        return servedAt;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public long getVersion() {
        return version;
    }
}
