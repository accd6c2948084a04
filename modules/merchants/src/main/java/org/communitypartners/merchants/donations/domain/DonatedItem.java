package org.communitypartners.merchants.donations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.communitypartners.merchants.library.domain.LibraryRules;

/** One kind of thing donated and how many: "干粉灭火器 4kg", 20 具. */
@Entity
@Table(name = "donation_item")
public class DonatedItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "donation_id", nullable = false, updatable = false)
    private long donationId;

    @Column(nullable = false, length = DonationRules.NAME_LENGTH)
    private String name;

    @Column(nullable = false)
    private int quantity;

    @Column(nullable = false, length = DonationRules.UNIT_LENGTH)
    private String unit;

    @Version
    private long version;

    protected DonatedItem() {
    }

    public DonatedItem(long donationId, String name, Integer quantity, String unit) {
        this.donationId = donationId;
        this.name = LibraryRules.required(name, DonationRules.NAME_LENGTH, "donation.itemRequired");
        this.quantity = DonationRules.quantity(quantity);
        this.unit = LibraryRules.required(unit, DonationRules.UNIT_LENGTH, "donation.unitRequired");
    }

    public Long getId() {
        return id;
    }

    public long getDonationId() {
        return donationId;
    }

    public String getName() {
        return name;
    }

    public int getQuantity() {
        return quantity;
    }

    public String getUnit() {
        return unit;
    }

    public long getVersion() {
        return version;
    }
}
