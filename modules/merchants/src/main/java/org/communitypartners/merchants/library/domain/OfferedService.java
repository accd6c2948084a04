package org.communitypartners.merchants.library.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** A service a merchant offers residents, with its normal price in yuan (0 for free). */
@Entity
@Table(name = "merchant_service")
public class OfferedService {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "profile_id", nullable = false, updatable = false)
    private long profileId;

    @Column(nullable = false, length = LibraryRules.SERVICE_NAME_LENGTH)
    private String name;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal price;

    @Column(length = LibraryRules.DESCRIPTION_LENGTH)
    private String description;

    @Version
    private long version;

    protected OfferedService() {
    }

    public OfferedService(long profileId, String name, BigDecimal price, String description) {
        this.profileId = profileId;
        change(name, price, description);
    }

    public final void change(String newName, BigDecimal newPrice, String newDescription) {
        name = LibraryRules.required(newName, LibraryRules.SERVICE_NAME_LENGTH, "service.nameRequired");
        price = LibraryRules.price(newPrice);
        description = LibraryRules.optional(newDescription, LibraryRules.DESCRIPTION_LENGTH);
    }

    public Long getId() {
        return id;
    }

    public long getProfileId() {
        return profileId;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public String getDescription() {
        return description;
    }

    public long getVersion() {
        return version;
    }
}
