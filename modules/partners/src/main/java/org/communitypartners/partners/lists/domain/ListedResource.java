package org.communitypartners.partners.lists.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.communitypartners.partners.api.ServiceCategory;

/**
 * A resource (资源) a partner can bring: space, funds, goods, volunteers or skills, how much of
 * it, where and for which days.
 */
@Entity
@Table(name = "listed_resource")
public class ListedResource implements Offer, ListEntry {
    public static final int DESCRIPTION_LENGTH = 500;
    public static final int QUANTITY_UNIT_LENGTH = 20;
    private static final BigDecimal MAX_QUANTITY = new BigDecimal("999999999999.99");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(unique = true, length = 20)
    private String code;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private long partnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ResourceType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ServiceCategory category;

    @Column(nullable = false, length = DESCRIPTION_LENGTH)
    private String description;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal quantity;

    @Column(name = "quantity_unit", nullable = false, length = QUANTITY_UNIT_LENGTH)
    private String quantityUnit;

    @Embedded
    private Placement placement;

    @Column(name = "available_from", nullable = false)
    private LocalDate availableFrom;

    @Column(name = "available_to")
    private LocalDate availableTo;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ListedResource() {
    }

    public ListedResource(long partnerId, ResourceType type, ServiceCategory category, String description,
                          BigDecimal quantity, String quantityUnit, Placement placement, AvailabilityWindow window,
                          String createdBy, Instant createdAt) {
        this.partnerId = partnerId;
        this.type = ListRules.present(type, "resource.typeRequired");
        this.category = ListRules.present(category, "list.categoryRequired");
        this.description = ListRules.required(description, DESCRIPTION_LENGTH, "resource.descriptionRequired");
        if (quantity == null || quantity.signum() <= 0 || quantity.stripTrailingZeros().scale() > 2
                || quantity.compareTo(MAX_QUANTITY) > 0) {
            throw ListRules.violation("resource.quantityInvalid");
        }
        this.quantity = quantity.setScale(2);
        this.quantityUnit = ListRules.required(quantityUnit, QUANTITY_UNIT_LENGTH, "resource.quantityUnitRequired");
        this.placement = ListRules.present(placement, "place.level");
        AvailabilityWindow checked = ListRules.present(window, "offer.availableFromRequired");
        this.availableFrom = checked.from();
        this.availableTo = checked.to();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    @Override
    public void number(ZoneId zone) {
        code = ListRules.code("R", createdAt, zone, id);
    }

    @Override
    public OfferKind kind() {
        return OfferKind.RESOURCE;
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

    public ResourceType getType() {
        return type;
    }

    @Override
    public ServiceCategory getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public String getQuantityUnit() {
        return quantityUnit;
    }

    @Override
    public Placement getPlacement() {
        return placement;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
