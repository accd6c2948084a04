package org.communitypartners.merchants.meals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.communitypartners.kernel.api.persistence.UtcInstantConverter;
import org.communitypartners.merchants.eligibility.domain.EligibilityCategory;

/**
 * A one-time benefit code used at a meal point's counter, kept apart from the order it paid for so
 * the month's served subsidised meals can be checked against the codes actually used. Written
 * once, never changed.
 */
@Entity
@Table(name = "meal_code_use")
public class MealCodeUse {

    @Id
    @Column(name = "use_id")
    private long useId;

    @Column(name = "meal_point_id", nullable = false, updatable = false)
    private long mealPointId;

    @Column(name = "meal_day", nullable = false, updatable = false)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private EligibilityCategory category;

    @Column(name = "used_by", nullable = false, length = 64, updatable = false)
    private String usedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "used_at", nullable = false, updatable = false)
    private Instant usedAt;

    protected MealCodeUse() {
    }

    public MealCodeUse(long useId, long mealPointId, LocalDate day, EligibilityCategory category, String usedBy,
                       Instant usedAt) {
        this.useId = useId;
        this.mealPointId = mealPointId;
        this.day = day;
        this.category = category;
        this.usedBy = usedBy;
        this.usedAt = usedAt;
    }

    public long getUseId() {
        return useId;
    }

    public long getMealPointId() {
        return mealPointId;
    }

    public LocalDate getDay() {
        return day;
    }

    public EligibilityCategory getCategory() {
        return category;
    }
}
