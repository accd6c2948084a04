package org.communitypartners.partners.lists.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.communitypartners.partners.api.ServiceCategory;

/**
 * A service (服务) a partner commits to deliver: what, where, when, for how many, at what price
 * in yuan (0 when free for everyone), and for whom it is free or discounted.
 */
@Entity
@Table(name = "listed_service")
public class ListedService extends ListedOffer {
    public static final int NAME_LENGTH = 100;
    public static final int SCHEDULE_LENGTH = 200;
    public static final int MAX_CAPACITY = 100_000;
    private static final BigDecimal MAX_PRICE = new BigDecimal("999999999999.99");

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    /** When it is delivered, as people say it: "每周二、四上午", "每日 11:00–13:00". */
    @Column(nullable = false, length = SCHEDULE_LENGTH)
    private String schedule;

    /** How many people it serves per session. */
    @Column(nullable = false)
    private int capacity;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal price;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "listed_service_eligibility", joinColumns = @JoinColumn(name = "service_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "eligibility", nullable = false, length = 24)
    private Set<Eligibility> benefitFor = EnumSet.noneOf(Eligibility.class);

    protected ListedService() {
    }

    public ListedService(long partnerId, String name, ServiceCategory category, Placement placement, String schedule,
                         AvailabilityWindow window, Integer capacity, BigDecimal price, Set<Eligibility> benefitFor,
                         String createdBy, Instant createdAt) {
        super(partnerId, createdBy, createdAt);
        this.name = ListRules.required(name, NAME_LENGTH, "service.nameRequired");
        offerCategory(category);
        offerAt(placement);
        this.schedule = ListRules.required(schedule, SCHEDULE_LENGTH, "service.scheduleRequired");
        offerDuring(window);
        if (capacity == null || capacity < 1 || capacity > MAX_CAPACITY) {
            throw ListRules.violation("service.capacityInvalid", MAX_CAPACITY);
        }
        this.capacity = capacity;
        if (price == null || price.signum() < 0 || price.stripTrailingZeros().scale() > 2
                || price.compareTo(MAX_PRICE) > 0) {
            throw ListRules.violation("service.priceInvalid");
        }
        this.price = price.setScale(2);
        if (benefitFor != null && !benefitFor.isEmpty()) {
            this.benefitFor = EnumSet.copyOf(benefitFor);
        }
    }

    @Override
    protected String codePrefix() {
        return "S";
    }

    @Override
    public OfferKind kind() {
        return OfferKind.SERVICE;
    }

    public String getName() {
        return name;
    }

    public String getSchedule() {
        return schedule;
    }

    public int getCapacity() {
        return capacity;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public Set<Eligibility> getBenefitFor() {
        return benefitFor.isEmpty() ? Set.of() : EnumSet.copyOf(benefitFor);
    }
}
