package org.communitypartners.property.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** An exclusive unit (专有部分, 房屋) of a building, with its exclusive area from the property register. */
@Entity
@Table(name = "property_unit")
public class PropertyUnit {
    public static final int NUMBER_LENGTH = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "building_id", nullable = false)
    private long buildingId;

    /** The building's compound, repeated so tenancy checks and compound-wide counts need no join. */
    @Column(name = "compound_id", nullable = false)
    private long compoundId;

    @Column(name = "unit_number", nullable = false, length = NUMBER_LENGTH)
    private String unitNumber;

    @Column(name = "exclusive_area", nullable = false, precision = 10, scale = 2)
    private BigDecimal exclusiveArea;

    @Version
    private long version;

    protected PropertyUnit() {
    }

    public PropertyUnit(Building building, String unitNumber, ExclusiveArea area) {
        this.buildingId = building.getId();
        this.compoundId = building.getCompoundId();
        this.unitNumber = Rules.text(unitNumber, NUMBER_LENGTH, "unit.number");
        this.exclusiveArea = area.squareMetres();
    }

    public Long getId() {
        return id;
    }

    public long getBuildingId() {
        return buildingId;
    }

    public long getCompoundId() {
        return compoundId;
    }

    public String getUnitNumber() {
        return unitNumber;
    }

    public BigDecimal getExclusiveArea() {
        return exclusiveArea;
    }

    public long getVersion() {
        return version;
    }
}
