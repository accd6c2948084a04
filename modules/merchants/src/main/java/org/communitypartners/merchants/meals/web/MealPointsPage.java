package org.communitypartners.merchants.meals.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.eligibility.domain.EligibilityCategory;
import org.communitypartners.merchants.meals.application.MealPointDesk;
import org.communitypartners.merchants.meals.application.MealPointDesk.PointDraft;
import org.communitypartners.merchants.meals.application.MealPointDesk.SetDraft;
import org.communitypartners.merchants.meals.application.MealPointView;
import org.communitypartners.merchants.meals.application.MealSetView;
import org.communitypartners.partners.api.PartnerView;

/**
 * Meal points for community and subdistrict staff: the points of their communities, one to open
 * or change (operator, place, hours, daily capacity) and its sets with the standard price and
 * the price of each eligibility category.
 */
@Named("mealPointsPage")
@ViewScoped
public class MealPointsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    MealPointDesk desk;
    @Inject
    Feedback feedback;

    private List<MealPointView> points;
    private Long selectedId;
    private MealPointView selected;
    private boolean editing;

    private Long communityId;
    private Long partnerId;
    private String name;
    private String address;
    private String publicPhone;
    private String servingHours;
    private Integer dailyCapacity;
    private boolean active = true;

    private Long setId;
    private long setVersion;
    private String setName;
    private String setDescription;
    private BigDecimal standardPrice;
    private final List<TierRow> tierRows = rows();
    private boolean setActive = true;

    public void load() {
        points = desk.list(null, locale());
        if (selectedId != null) {
            select(selectedId);
        }
    }

    public void select(long id) {
        selectedId = id;
        editing = false;
        try {
            selected = desk.get(id, locale());
        } catch (NotFoundInScope unknown) {
            selected = null;
            feedback.info("common.notFound");
        }
        clearSet();
    }

    public void prepareNew() {
        selected = null;
        selectedId = null;
        editing = true;
        communityId = null;
        partnerId = null;
        name = null;
        address = null;
        publicPhone = null;
        servingHours = null;
        dailyCapacity = null;
        active = true;
    }

    public void prepareEdit() {
        editing = true;
        communityId = selected.communityId();
        partnerId = selected.partnerId();
        name = selected.name();
        address = selected.address();
        publicPhone = selected.publicPhone();
        servingHours = selected.servingHours();
        dailyCapacity = selected.dailyCapacity();
        active = selected.active();
    }

    public void save() {
        PointDraft draft = new PointDraft(partnerId, communityId, name, address, publicPhone, servingHours, dailyCapacity,
                active);
        feedback.attemptIn(MerchantsModule.BUNDLE, () -> {
            MealPointView saved = selected == null ? desk.create(draft, locale())
                    : desk.update(selected.id(), selected.version(), draft, locale());
            points = desk.list(null, locale());
            select(saved.id());
        }, "meal.saved");
    }

    public void cancelEdit() {
        editing = false;
    }

    public void editSet(MealSetView set) {
        setId = set.id();
        setVersion = set.version();
        setName = set.name();
        setDescription = set.description();
        standardPrice = set.standardPrice();
        tierRows.forEach(r -> r.setPrice(null));
        set.tierPrices().forEach(t -> tierRows.get(t.category().ordinal()).setPrice(t.price()));
        setActive = set.active();
    }

    public void saveSet() {
        long id = selected.id();
        Map<EligibilityCategory, BigDecimal> prices = new EnumMap<>(EligibilityCategory.class);
        tierRows.stream().filter(r -> r.getPrice() != null).forEach(r -> prices.put(r.getCategory(), r.getPrice()));
        SetDraft draft = new SetDraft(setName, setDescription, standardPrice, prices, setActive);
        feedback.attemptIn(MerchantsModule.BUNDLE, () -> {
            if (setId == null) {
                desk.addSet(id, draft, locale());
            } else {
                desk.updateSet(id, setId, setVersion, draft, locale());
            }
            select(id);
        }, "meal.setSaved");
    }

    public void clearSet() {
        setId = null;
        setVersion = 0;
        setName = null;
        setDescription = null;
        standardPrice = null;
        tierRows.forEach(r -> r.setPrice(null));
        setActive = true;
    }

    public List<OrgUnitView> getCommunities() {
        return desk.communities();
    }

    /** The partners that may run a point in the chosen community. */
    public List<PartnerView> getOperatorChoices() {
        return communityId == null ? List.of() : desk.operatorChoices(communityId);
    }

    /** A category's price as typed in the set form; blank pays the standard price. */
    public static final class TierRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final EligibilityCategory category;
        private BigDecimal price;

        TierRow(EligibilityCategory category) {
            this.category = category;
        }

        public EligibilityCategory getCategory() {
            return category;
        }

        public BigDecimal getPrice() {
            return price;
        }

        public void setPrice(BigDecimal price) {
            this.price = price;
        }
    }

    private static List<TierRow> rows() {
        return Arrays.stream(EligibilityCategory.values()).map(TierRow::new).toList();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public List<MealPointView> getPoints() {
        return points;
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public void setSelectedId(Long selectedId) {
        this.selectedId = selectedId;
    }

    public MealPointView getSelected() {
        return selected;
    }

    public boolean isEditing() {
        return editing;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public void setCommunityId(Long communityId) {
        this.communityId = communityId;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPublicPhone() {
        return publicPhone;
    }

    public void setPublicPhone(String publicPhone) {
        this.publicPhone = publicPhone;
    }

    public String getServingHours() {
        return servingHours;
    }

    public void setServingHours(String servingHours) {
        this.servingHours = servingHours;
    }

    public Integer getDailyCapacity() {
        return dailyCapacity;
    }

    public void setDailyCapacity(Integer dailyCapacity) {
        this.dailyCapacity = dailyCapacity;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getSetId() {
        return setId;
    }

    public String getSetName() {
        return setName;
    }

    public void setSetName(String setName) {
        this.setName = setName;
    }

    public String getSetDescription() {
        return setDescription;
    }

    public void setSetDescription(String setDescription) {
        this.setDescription = setDescription;
    }

    public BigDecimal getStandardPrice() {
        return standardPrice;
    }

    public void setStandardPrice(BigDecimal standardPrice) {
        this.standardPrice = standardPrice;
    }

    public List<TierRow> getTierRows() {
        return tierRows;
    }

    public boolean isSetActive() {
        return setActive;
    }

    public void setSetActive(boolean setActive) {
        this.setActive = setActive;
    }
}
