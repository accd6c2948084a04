package org.communitypartners.partners.lists.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.communitypartners.partners.api.ServiceCategory;

/**
 * A service (服务) a partner commits to deliver: what, where, when, for how many, at what price
 * in yuan (0 when free for everyone), and for whom it is free or discounted.
 */
@Entity
@Table(name = "listed_service")
public class ListedService implements Offer, ListEntry {
    public static final int NAME_LENGTH = 100;
    public static final int SCHEDULE_LENGTH = 200;
    public static final int MAX_CAPACITY = 100_000;
    private static final BigDecimal MAX_PRICE = new BigDecimal("999999999999.99");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(unique = true, length = 20)
    private String code;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private long partnerId;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ServiceCategory category;

    @Embedded
    private Placement placement;

    /** When it is delivered, as people say it: "每周二、四上午", "每日 11:00–13:00". */
    @Column(nullable = false, length = SCHEDULE_LENGTH)
    private String schedule;

    @Column(name = "available_from", nullable = false)
    private LocalDate availableFrom;

    @Column(name = "available_to")
    private LocalDate availableTo;

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

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ListedService() {
    }

    public ListedService(long partnerId, String name, ServiceCategory category, Placement placement, String schedule,
                         AvailabilityWindow window, Integer capacity, BigDecimal price, Set<Eligibility> benefitFor,
                         String createdBy, Instant createdAt) {
        this.partnerId = partnerId;
        this.name = ListRules.required(name, NAME_LENGTH, "service.nameRequired");
        this.category = ListRules.present(category, "list.categoryRequired");
        this.placement = ListRules.present(placement, "place.level");
        this.schedule = ListRules.required(schedule, SCHEDULE_LENGTH, "service.scheduleRequired");
        AvailabilityWindow checked = ListRules.present(window, "offer.availableFromRequired");
        this.availableFrom = checked.from();
        this.availableTo = checked.to();
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
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    @Override
    public void number(ZoneId zone) {
        code = ListRules.code("S", createdAt, zone, id);
    }

    @Override
    public OfferKind kind() {
        return OfferKind.SERVICE;
    }

    @Override
    public AvailabilityWindow availability() {
        return new AvailabilityWindow(availableFrom, availableTo);
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getCode() {
        return code;
    }

    @Override
    public long getPartnerId() {
        return partnerId;
    }

    public String getName() {
        return name;
    }

    @Override
    public ServiceCategory getCategory() {
        return category;
    }

    @Override
    public Placement getPlacement() {
        return placement;
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

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
