package org.communitypartners.merchants.meals.domain;

import org.communitypartners.merchants.library.domain.LibraryRules;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.communitypartners.kernel.api.persistence.UtcInstantConverter;

/**
 * A meal point (老年助餐点) at a community, run by a partner (an elderly-care company or a
 * restaurant): where it is, when it serves, and how many meals it can make a day.
 */
@Entity
@Table(name = "meal_point")
public class MealPoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private long partnerId;

    @Column(name = "subdistrict_id", nullable = false, updatable = false)
    private long subdistrictId;

    @Column(name = "community_id", nullable = false, updatable = false)
    private long communityId;

    @Column(nullable = false, length = MealRules.NAME_LENGTH)
    private String name;

    @Column(nullable = false, length = MealRules.ADDRESS_LENGTH)
    private String address;

    @Column(name = "public_phone", length = MealRules.PHONE_LENGTH)
    private String publicPhone;

    @Column(name = "serving_hours", length = MealRules.HOURS_LENGTH)
    private String servingHours;

    @Column(name = "daily_capacity", nullable = false)
    private int dailyCapacity;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected MealPoint() {
    }

    /** What staff write about a meal point. */
    public record Details(String name, String address, String publicPhone, String servingHours, Integer dailyCapacity,
                          boolean active) {
    }

    public MealPoint(long partnerId, long subdistrictId, long communityId, Details details, String by, Instant at) {
        this.partnerId = partnerId;
        this.subdistrictId = subdistrictId;
        this.communityId = communityId;
        describe(details, by, at);
    }

    public final void describe(Details details, String by, Instant at) {
        name = LibraryRules.required(details.name(), MealRules.NAME_LENGTH, "meal.nameRequired");
        address = LibraryRules.required(details.address(), MealRules.ADDRESS_LENGTH, "meal.addressRequired");
        publicPhone = LibraryRules.optional(details.publicPhone(), MealRules.PHONE_LENGTH);
        servingHours = LibraryRules.optional(details.servingHours(), MealRules.HOURS_LENGTH);
        dailyCapacity = MealRules.capacity(details.dailyCapacity());
        active = details.active();
        updatedBy = by;
        updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getPartnerId() {
        return partnerId;
    }

    public long getSubdistrictId() {
        return subdistrictId;
    }

    public long getCommunityId() {
        return communityId;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public String getPublicPhone() {
        return publicPhone;
    }

    public String getServingHours() {
        return servingHours;
    }

    public int getDailyCapacity() {
        return dailyCapacity;
    }

    public boolean isActive() {
        return active;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
