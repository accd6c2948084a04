package org.communitypartners.merchants.meals.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.kernel.api.web.PagedList;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.meals.application.MealCounter;
import org.communitypartners.merchants.meals.application.MealCounter.OrderDraft;
import org.communitypartners.merchants.meals.application.MealDayView;
import org.communitypartners.merchants.meals.application.MealOrderView;
import org.communitypartners.merchants.meals.application.MealPointDesk;
import org.communitypartners.merchants.meals.application.MealPointView;
import org.communitypartners.merchants.meals.domain.OrderStatus;
import org.communitypartners.merchants.meals.domain.ServingMode;

/**
 * The meal point's counter on a phone: the day's capacity and menu, an order taken in a few taps
 * (set, dine-in / pick-up / delivery, the resident's benefit code for a subsidised price), and the
 * day's orders to serve or cancel. Community staff see the same, read only.
 */
@Named("mealCounterPage")
@ViewScoped
public class MealCounterPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    MealCounter counter;
    @Inject
    MealPointDesk desk;
    @Inject
    Feedback feedback;

    private final PagedList<MealOrderView> orders = new PagedList<>(new OrderSource(), MealOrderView::id);

    private List<MealPointView> points;
    private Long point;
    private LocalDate day;
    private MealDayView today;
    private boolean runs;
    private OrderStatus status = OrderStatus.ORDERED;

    private Long setId;
    private ServingMode mode = ServingMode.DINE_IN;
    private String deliveryAddress;
    private String deliveryPhone;
    private String benefitCode;
    private MealOrderView lastOrder;

    private Long menuSetId;
    private String dishes;

    public void load() {
        points = desk.list(null, locale());
        if (point == null && points.size() == 1) {
            point = points.get(0).id();
        }
        refresh();
    }

    public void refresh() {
        today = null;
        if (point == null) {
            return;
        }
        try {
            today = counter.day(point, day);
            day = today.day();
            runs = counter.callerRuns(point);
        } catch (NotFoundInScope unknown) {
            point = null;
            feedback.info("common.notFound");
        }
    }

    public void order() {
        OrderDraft draft = new OrderDraft(setId, day, mode, deliveryAddress, deliveryPhone, benefitCode);
        feedback.attemptIn(MerchantsModule.BUNDLE, () -> {
            lastOrder = counter.order(point, draft, locale());
            benefitCode = null;
            deliveryAddress = null;
            deliveryPhone = null;
            refresh();
        }, "meal.ordered");
    }

    public void serve(MealOrderView order) {
        feedback.attemptIn(MerchantsModule.BUNDLE, () -> {
            counter.serve(point, order.id(), order.version(), locale());
            refresh();
        }, "meal.served");
    }

    public void cancel(MealOrderView order) {
        feedback.attemptIn(MerchantsModule.BUNDLE, () -> {
            counter.cancel(point, order.id(), order.version(), locale());
            refresh();
        }, "meal.cancelled");
    }

    public void editMenu(MealDayView.Menu menu) {
        menuSetId = menu.setId();
        dishes = menu.dishes();
    }

    public void saveMenu() {
        feedback.attemptIn(MerchantsModule.BUNDLE, () -> {
            today = counter.writeMenu(point, menuSetId, day, dishes);
            menuSetId = null;
            dishes = null;
        }, "meal.menuSaved");
    }

    public List<ServingMode> getModes() {
        return List.of(ServingMode.values());
    }

    public List<OrderStatus> getStatuses() {
        return List.of(OrderStatus.values());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private final class OrderSource implements PagedList.Source<MealOrderView> {
        private static final long serialVersionUID = 1L;

        @Override
        public long count(Map<String, Object> filters) {
            return point == null ? 0 : counter.countOrders(point, day, status);
        }

        @Override
        public List<MealOrderView> page(Map<String, Object> filters, PageRequest page) {
            return point == null ? List.of() : counter.orders(point, day, status, page, locale());
        }
    }

    public PagedList<MealOrderView> getOrders() {
        return orders;
    }

    public List<MealPointView> getPoints() {
        return points;
    }

    public Long getPoint() {
        return point;
    }

    public void setPoint(Long point) {
        this.point = point;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public MealDayView getToday() {
        return today;
    }

    public boolean isRuns() {
        return runs;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus status) {
        this.status = status;
    }

    public Long getSetId() {
        return setId;
    }

    public void setSetId(Long setId) {
        this.setId = setId;
    }

    public ServingMode getMode() {
        return mode;
    }

    public void setMode(ServingMode mode) {
        this.mode = mode;
    }

    public String getDeliveryAddress() {
        return deliveryAddress;
    }

    public void setDeliveryAddress(String deliveryAddress) {
        this.deliveryAddress = deliveryAddress;
    }

    public String getDeliveryPhone() {
        return deliveryPhone;
    }

    public void setDeliveryPhone(String deliveryPhone) {
        this.deliveryPhone = deliveryPhone;
    }

    public String getBenefitCode() {
        return benefitCode;
    }

    public void setBenefitCode(String benefitCode) {
        this.benefitCode = benefitCode;
    }

    public MealOrderView getLastOrder() {
        return lastOrder;
    }

    public Long getMenuSetId() {
        return menuSetId;
    }

    public String getDishes() {
        return dishes;
    }

    public void setDishes(String dishes) {
        this.dishes = dishes;
    }
}
