package org.communitypartners.merchants.meals.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.kernel.api.web.ShanghaiTime;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.meals.application.MealPointDesk;
import org.communitypartners.merchants.meals.application.MealSettlements;
import org.communitypartners.merchants.meals.application.SettlementView;

/**
 * The month's subsidy settlement of the meal points for community staff and the subdistrict, with
 * the reconciliation against benefit code uses next to each point and the Excel workbook for finance.
 */
@Named("mealSettlementPage")
@ViewScoped
public class MealSettlementPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    MealSettlements settlements;
    @Inject
    MealPointDesk desk;
    @Inject
    Feedback feedback;
    @Inject
    Clock clock;

    private String month;
    private Long community;
    private List<SettlementView> settled;

    public void load() {
        settled = null;
        if (month == null || month.isBlank()) {
            month = YearMonth.now(clock.withZone(ShanghaiTime.ZONE)).minusMonths(1).toString();
        }
    }

    /**
     * Settled when the page renders, not in the view action: only then has the view taken the
     * language the person chose, so the categories are named in it.
     */
    private List<SettlementView> settled() {
        if (settled == null) {
            settled = List.of();
            feedback.attemptIn(MerchantsModule.BUNDLE, () -> settled = settlements.month(community,
                    MealPointResource.month(month), false,
                    FacesContext.getCurrentInstance().getViewRoot().getLocale()), null);
        }
        return settled;
    }

    public BigDecimal getTotalSubsidy() {
        return settled().stream().map(SettlementView::subsidy).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public long getTotalMeals() {
        return settled().stream().mapToLong(SettlementView::meals).sum();
    }

    public List<OrgUnitView> getCommunities() {
        return desk.communities();
    }

    public List<SettlementView> getSettled() {
        return settled();
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public Long getCommunity() {
        return community;
    }

    public void setCommunity(Long community) {
        this.community = community;
    }
}
