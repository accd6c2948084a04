package org.communitypartners.merchants.meals.domain;

import org.communitypartners.merchants.library.domain.LibraryRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** The dishes of one meal set on one day, as the meal point writes its daily menu (每日菜单). */
@Entity
@Table(name = "meal_menu")
public class MealMenu {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meal_point_id", nullable = false, updatable = false)
    private long mealPointId;

    @Column(name = "meal_set_id", nullable = false, updatable = false)
    private long mealSetId;

    @Column(name = "menu_day", nullable = false, updatable = false)
    private LocalDate day;

    @Column(nullable = false, length = MealRules.DISHES_LENGTH)
    private String dishes;

    @Version
    private long version;

    protected MealMenu() {
    }

    public MealMenu(long mealPointId, long mealSetId, LocalDate day, String dishes) {
        this.mealPointId = mealPointId;
        this.mealSetId = mealSetId;
        this.day = day;
        write(dishes);
    }

    public final void write(String newDishes) {
        dishes = LibraryRules.required(newDishes, MealRules.DISHES_LENGTH, "meal.dishesRequired");
    }

    public Long getId() {
        return id;
    }

    public long getMealPointId() {
        return mealPointId;
    }

    public long getMealSetId() {
        return mealSetId;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getDishes() {
        return dishes;
    }

    public long getVersion() {
        return version;
    }
}
