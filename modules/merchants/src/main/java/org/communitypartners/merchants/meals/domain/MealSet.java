package org.communitypartners.merchants.meals.domain;

import org.communitypartners.merchants.library.domain.LibraryRules;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.communitypartners.merchants.eligibility.domain.EligibilityCategory;

/**
 * A meal set of a meal point (孝亲套餐: three dishes and a soup) at a standard price, and the lower
 * price an older resident of each eligibility category pays; the difference is the subsidy.
 * Prices are agreed with the community, so staff set them, not the meal point.
 */
@Entity
@Table(name = "meal_set")
public class MealSet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meal_point_id", nullable = false, updatable = false)
    private long mealPointId;

    @Column(nullable = false, length = MealRules.SET_NAME_LENGTH)
    private String name;

    @Column(length = MealRules.SET_DESCRIPTION_LENGTH)
    private String description;

    @Column(name = "standard_price", nullable = false, precision = 14, scale = 2)
    private BigDecimal standardPrice;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meal_set_price", joinColumns = @JoinColumn(name = "meal_set_id"))
    @MapKeyColumn(name = "category")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "price", precision = 14, scale = 2)
    private Map<EligibilityCategory, BigDecimal> tierPrices = new HashMap<>();

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected MealSet() {
    }

    public MealSet(long mealPointId, String name, String description, SetPrices prices, boolean active) {
        this.mealPointId = mealPointId;
        change(name, description, prices, active);
    }

    public final void change(String newName, String newDescription, SetPrices prices, boolean nowActive) {
        name = LibraryRules.required(newName, MealRules.SET_NAME_LENGTH, "meal.setNameRequired");
        description = LibraryRules.optional(newDescription, MealRules.SET_DESCRIPTION_LENGTH);
        standardPrice = prices.standard();
        tierPrices.clear();
        tierPrices.putAll(prices.tiers());
        active = nowActive;
    }

    public SetPrices prices() {
        return new SetPrices(standardPrice, tierPrices.isEmpty() ? new EnumMap<>(EligibilityCategory.class)
                : new EnumMap<>(tierPrices));
    }

    public Long getId() {
        return id;
    }

    public long getMealPointId() {
        return mealPointId;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getStandardPrice() {
        return standardPrice;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
