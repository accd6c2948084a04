package org.communitypartners.property.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A building (楼栋) of a compound: its number as posted on it, an optional name, its floors. */
@Entity
@Table(name = "property_building")
public class Building {
    public static final int NUMBER_LENGTH = 20;
    public static final int NAME_LENGTH = 50;
    public static final int MAX_FLOORS = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "compound_id", nullable = false)
    private long compoundId;

    @Column(nullable = false, length = NUMBER_LENGTH)
    private String number;

    @Column(length = NAME_LENGTH)
    private String name;

    @Column(nullable = false)
    private int floors;

    @Version
    private long version;

    protected Building() {
    }

    public Building(long compoundId, String number, String name, int floors) {
        if (floors < 1 || floors > MAX_FLOORS) {
            throw Rules.violation("building.floors", MAX_FLOORS);
        }
        this.compoundId = compoundId;
        this.number = Rules.text(number, NUMBER_LENGTH, "building.number");
        this.name = name == null || name.isBlank() ? null : Rules.text(name, NAME_LENGTH, "building.name");
        this.floors = floors;
    }

    public Long getId() {
        return id;
    }

    public long getCompoundId() {
        return compoundId;
    }

    public String getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public int getFloors() {
        return floors;
    }

    public long getVersion() {
        return version;
    }
}
