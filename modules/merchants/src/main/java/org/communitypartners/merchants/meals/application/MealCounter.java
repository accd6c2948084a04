package org.communitypartners.merchants.meals.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.eligibility.application.BenefitCodes;
import org.communitypartners.merchants.eligibility.application.BenefitUse;
import org.communitypartners.merchants.eligibility.domain.TierPrices;
import org.communitypartners.merchants.meals.domain.MealCodeUse;
import org.communitypartners.merchants.meals.domain.SetPrices;
import org.communitypartners.merchants.meals.domain.DailyCapacity;
import org.communitypartners.merchants.meals.domain.MealMenu;
import org.communitypartners.merchants.meals.domain.MealOrder;
import org.communitypartners.merchants.meals.domain.MealPoint;
import org.communitypartners.merchants.meals.domain.MealRepository;
import org.communitypartners.merchants.meals.domain.MealSet;
import org.communitypartners.merchants.meals.domain.OrderStatus;
import org.communitypartners.merchants.meals.domain.ServingMode;

/**
 * The meal point's counter (助餐点前台), on the staff's phone: the day's menu, orders for dine-in,
 * pick-up or delivery within the daily capacity, serving and cancelling. Only the staff of the
 * partner running the point write here; community and subdistrict staff read.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF, Roles.PARTNER_STAFF})
public class MealCounter {
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String BUNDLE = MerchantsModule.BUNDLE;
    private static final String ORDER = "MealOrder";

    @Inject
    MealRepository meals;
    @Inject
    MealAccess access;
    @Inject
    BenefitCodes benefitCodes;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /**
     * An order as the counter takes it: the set, the day (today when left out), how it is served,
     * where a delivery goes, and the resident's one-time benefit code for a subsidised price.
     */
    public record OrderDraft(Long setId, LocalDate day, ServingMode mode, String deliveryAddress, String deliveryPhone,
                             String benefitCode) {
    }

    public MealDayView day(long pointId, LocalDate day) {
        MealPoint point = access.visible(pointId);
        LocalDate shown = day == null ? today() : day;
        Map<Long, String> dishes = new HashMap<>();
        meals.menus(pointId, shown).forEach(m -> dishes.put(m.getMealSetId(), m.getDishes()));
        List<MealDayView.Menu> menus = meals.sets(pointId).stream().filter(MealSet::isActive)
                .map(s -> new MealDayView.Menu(s.getId(), s.getName(), s.getDescription(), s.getStandardPrice(),
                        s.prices().lowestSubsidised().orElse(null), dishes.get(s.getId()))).toList();
        DailyCapacity capacity = new DailyCapacity(point.getDailyCapacity(), meals.taken(pointId, shown));
        return new MealDayView(point.getId(), point.getName(), shown, capacity.capacity(), capacity.taken(),
                capacity.remaining(), menus);
    }

    /** Writes the dishes of a set on a day; blank dishes take the set off that day's menu. */
    @RolesAllowed(Roles.PARTNER_STAFF)
    public MealDayView writeMenu(long pointId, long setId, LocalDate day, String dishes) {
        MealPoint point = access.operated(pointId);
        MealSet set = setOf(point, setId);
        LocalDate menuDay = day == null ? today() : day;
        var existing = meals.menu(pointId, setId, menuDay);
        if (dishes == null || dishes.isBlank()) {
            existing.ifPresent(meals::remove);
        } else if (existing.isPresent()) {
            existing.get().write(dishes);
        } else {
            meals.add(new MealMenu(pointId, set.getId(), menuDay, dishes));
        }
        audit.success("meal.menu.write", MealAccess.TARGET, pointId, menuDay + " " + set.getName() + ": "
                + (dishes == null ? "" : dishes.strip()));
        return day(pointId, menuDay);
    }

    /**
     * Takes an order. The meal point's row is locked first, so concurrent orders of one point queue
     * and the capacity count is exact; a benefit code is used up only when the meal fits.
     */
    @RolesAllowed(Roles.PARTNER_STAFF)
    public MealOrderView order(long pointId, OrderDraft draft, Locale locale) {
        access.operated(pointId);
        OrderDraft d = draft == null ? new OrderDraft(null, null, null, null, null, null) : draft;
        if (d.setId() == null) {
            throw new RuleViolation(BUNDLE, "meal.setRequired");
        }
        MealPoint point = meals.lockPoint(pointId).orElseThrow(() -> new NotFoundInScope(MealAccess.TARGET, pointId));
        MealSet set = setOf(point, d.setId());
        LocalDate day = d.day() == null ? today() : d.day();
        new DailyCapacity(point.getDailyCapacity(), meals.taken(pointId, day)).requireRoom(point.getName());
        MealOrder.Benefit benefit = null;
        if (d.benefitCode() != null && !d.benefitCode().isBlank()) {
            benefit = redeem(d.benefitCode(), point, set, day);
        }
        MealOrder order = meals.add(new MealOrder(point, set, day, d.mode(), benefit,
                new MealOrder.Delivery(d.deliveryAddress(), d.deliveryPhone()), access.caller(), clock.instant(),
                today()));
        audit.success("meal.order", ORDER, order.getId(), point.getName() + " " + day + " " + set.getName() + " "
                + order.getMode() + " " + order.getPaidPrice());
        return MealOrderView.of(order, set.getName(), locale);
    }

    @RolesAllowed(Roles.PARTNER_STAFF)
    public MealOrderView serve(long pointId, long orderId, long version, Locale locale) {
        MealOrder order = operatedOrder(pointId, orderId, version);
        order.serve(access.caller(), clock.instant(), today());
        meals.flush();
        audit.success("meal.serve", ORDER, orderId, order.getDay() + " " + order.getMode());
        return view(order, locale);
    }

    @RolesAllowed(Roles.PARTNER_STAFF)
    public MealOrderView cancel(long pointId, long orderId, long version, Locale locale) {
        MealOrder order = operatedOrder(pointId, orderId, version);
        order.cancel(access.caller(), clock.instant());
        meals.flush();
        audit.success("meal.cancel", ORDER, orderId, order.getDay() + " " + order.getMode());
        return view(order, locale);
    }

    public List<MealOrderView> orders(long pointId, LocalDate day, OrderStatus status, PageRequest page, Locale locale) {
        access.visible(pointId);
        LocalDate shown = day == null ? today() : day;
        Map<Long, String> setNames = new HashMap<>();
        meals.sets(pointId).forEach(s -> setNames.put(s.getId(), s.getName()));
        return meals.orders(pointId, shown, status, page).stream()
                .map(o -> MealOrderView.of(o, setNames.getOrDefault(o.getMealSetId(), ""), locale)).toList();
    }

    public long countOrders(long pointId, LocalDate day, OrderStatus status) {
        access.visible(pointId);
        return meals.countOrders(pointId, day == null ? today() : day, status);
    }

    /** Whether the caller runs the meal point (and so may order, serve and write menus). */
    public boolean callerRuns(long pointId) {
        return access.runsIt(access.visible(pointId));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    /**
     * Uses the resident's one-time code for the set's prices, in this transaction (a refused order
     * leaves the code unused), and keeps the use in the meal point's ledger of code uses. The meal
     * point learns only "eligible" and the price; the category stays on the server for the settlement.
     */
    private MealOrder.Benefit redeem(String code, MealPoint point, MealSet set, LocalDate day) {
        SetPrices prices = set.prices();
        if (prices.tiers().isEmpty()) {
            throw new RuleViolation(BUNDLE, "meal.notEligible");
        }
        BenefitUse use = benefitCodes.consume(point.getSubdistrictId(), code,
                new TierPrices(prices.standard(), prices.tiers()));
        if (!use.eligible() || use.useId() == null || use.category() == null) {
            throw new RuleViolation(BUNDLE, "meal.notEligible");
        }
        meals.add(new MealCodeUse(use.useId(), point.getId(), day, use.category(), access.caller(), clock.instant()));
        return new MealOrder.Benefit(use.category(), use.useId());
    }

    private MealSet setOf(MealPoint point, long setId) {
        return meals.set(setId).filter(s -> s.getMealPointId() == point.getId())
                .orElseThrow(() -> new NotFoundInScope("MealSet", setId));
    }

    private MealOrder operatedOrder(long pointId, long orderId, long version) {
        access.operated(pointId);
        MealOrder order = meals.order(orderId).filter(o -> o.getMealPointId() == pointId)
                .orElseThrow(() -> new NotFoundInScope(ORDER, orderId));
        if (order.getVersion() != version) {
            throw new OptimisticLockException();
        }
        return order;
    }

    private MealOrderView view(MealOrder order, Locale locale) {
        String setName = meals.set(order.getMealSetId()).map(MealSet::getName).orElse("");
        return MealOrderView.of(order, setName, locale);
    }
}
