package org.communitypartners.property.fees.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** How many parking spaces a unit holds, for per-space fees; a unit without a row holds none. */
@Entity
@Table(name = "property_parking_spaces")
public class ParkingSpaces {
    public static final int MAX = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "compound_id", nullable = false)
    private long compoundId;

    @Column(nullable = false)
    private int spaces;

    @Version
    private long version;

    protected ParkingSpaces() {
    }

    public ParkingSpaces(long unitId, long compoundId, int spaces) {
        this.unitId = unitId;
        this.compoundId = compoundId;
        change(spaces);
    }

    public final void change(int count) {
        if (count < 0 || count > MAX) {
            throw FeeRules.violation("fees.parking.count", MAX);
        }
        this.spaces = count;
    }

    public long getUnitId() {
        return unitId;
    }

    public int getSpaces() {
        return spaces;
    }
}
