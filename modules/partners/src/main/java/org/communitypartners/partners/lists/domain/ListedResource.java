package org.communitypartners.partners.lists.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.communitypartners.partners.api.ServiceCategory;

/**
 * A resource (资源) a partner can bring: space, funds, goods, volunteers or skills, how much of
 * it, where and for which days.
 */
@Entity
@Table(name = "listed_resource")
public class ListedResource extends ListedOffer {
    public static final int DESCRIPTION_LENGTH = 500;
    public static final int QUANTITY_UNIT_LENGTH = 20;
    private static final BigDecimal MAX_QUANTITY = new BigDecimal("999999999999.99");

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ResourceType type;

    @Column(nullable = false, length = DESCRIPTION_LENGTH)
    private String description;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal quantity;

    @Column(name = "quantity_unit", nullable = false, length = QUANTITY_UNIT_LENGTH)
    private String quantityUnit;

    protected ListedResource() {
    }

    public ListedResource(long partnerId, ResourceType type, ServiceCategory category, String description,
                          BigDecimal quantity, String quantityUnit, Placement placement, AvailabilityWindow window,
                          String createdBy, Instant createdAt) {
        super(partnerId, createdBy, createdAt);
        this.type = ListRules.present(type, "resource.typeRequired");
        offerCategory(category);
        this.description = ListRules.required(description, DESCRIPTION_LENGTH, "resource.descriptionRequired");
        if (quantity == null || quantity.signum() <= 0 || quantity.stripTrailingZeros().scale() > 2
                || quantity.compareTo(MAX_QUANTITY) > 0) {
            throw ListRules.violation("resource.quantityInvalid");
        }
        this.quantity = quantity.setScale(2);
        this.quantityUnit = ListRules.required(quantityUnit, QUANTITY_UNIT_LENGTH, "resource.quantityUnitRequired");
        offerAt(placement);
        offerDuring(window);
    }

    @Override
    protected String codePrefix() {
        return "R";
    }

    @Override
    public OfferKind kind() {
        return OfferKind.RESOURCE;
    }

    public ResourceType getType() {
        return type;
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
}
