package org.communitypartners.merchants.donations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.communitypartners.merchants.library.domain.GeoPoint;
import org.communitypartners.merchants.library.domain.LibraryRules;

/**
 * Some of a donated item at one spot of a community (a key fire-safety point): the site (the
 * community or one of its compounds), the spot in words, optional WGS-84 coordinates, when it was
 * placed, the last day it is good for, and the last inspection's outcome.
 */
@Entity
@Table(name = "donation_placement")
public class Placement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "donation_id", nullable = false, updatable = false)
    private long donationId;

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;

    @Column(name = "community_id", nullable = false, updatable = false)
    private long communityId;

    @Column(name = "site_unit_id", nullable = false, updatable = false)
    private long siteUnitId;

    @Column(nullable = false, length = DonationRules.LOCATION_LENGTH)
    private String location;

    @Column(precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    private BigDecimal longitude;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "placed_on", nullable = false)
    private LocalDate placedOn;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "last_inspected_on")
    private LocalDate lastInspectedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_result", length = 16)
    private InspectionResult lastResult;

    @Version
    private long version;

    protected Placement() {
    }

    /** Where it stands and when it expires; coordinates both or neither. */
    public record Spot(long siteUnitId, String location, BigDecimal latitude, BigDecimal longitude, int quantity,
                       LocalDate placedOn, LocalDate expiresOn) {
    }

    public Placement(long donationId, long itemId, long communityId, Spot spot) {
        if (spot.placedOn() == null || spot.expiresOn() == null) {
            throw DonationRules.violation("donation.datesRequired");
        }
        if (!spot.expiresOn().isAfter(spot.placedOn())) {
            throw DonationRules.violation("donation.expiryBeforePlaced");
        }
        if ((spot.latitude() == null) != (spot.longitude() == null)) {
            throw DonationRules.violation("donation.coordinatesBoth");
        }
        GeoPoint point = spot.latitude() == null ? null : new GeoPoint(spot.latitude(), spot.longitude());
        this.donationId = donationId;
        this.itemId = itemId;
        this.communityId = communityId;
        this.siteUnitId = spot.siteUnitId();
        this.location = LibraryRules.required(spot.location(), DonationRules.LOCATION_LENGTH, "donation.locationRequired");
        this.latitude = point == null ? null : point.latitude();
        this.longitude = point == null ? null : point.longitude();
        this.quantity = spot.quantity();
        this.placedOn = spot.placedOn();
        this.expiresOn = spot.expiresOn();
    }

    /** Records an inspection's outcome; an older inspection entered late does not replace a newer one. */
    public void inspected(LocalDate on, InspectionResult result) {
        if (lastInspectedOn == null || !on.isBefore(lastInspectedOn)) {
            lastInspectedOn = on;
            lastResult = result;
        }
    }

    /** The item was refilled or replaced: a new last day, which the reminders start over from. */
    public void renew(LocalDate newExpiry) {
        if (newExpiry == null || !newExpiry.isAfter(expiresOn)) {
            throw DonationRules.violation("donation.renewLater");
        }
        expiresOn = newExpiry;
    }

    public Long getId() {
        return id;
    }

    public long getDonationId() {
        return donationId;
    }

    public long getItemId() {
        return itemId;
    }

    public long getCommunityId() {
        return communityId;
    }

    public long getSiteUnitId() {
        return siteUnitId;
    }

    public String getLocation() {
        return location;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public int getQuantity() {
        return quantity;
    }

    public LocalDate getPlacedOn() {
        return placedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public LocalDate getLastInspectedOn() {
        return lastInspectedOn;
    }

    public InspectionResult getLastResult() {
        return lastResult;
    }

    public long getVersion() {
        return version;
    }
}
