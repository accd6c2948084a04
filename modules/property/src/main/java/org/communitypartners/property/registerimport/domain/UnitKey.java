package org.communitypartners.property.registerimport.domain;

/** A unit of a compound named as people do: building number and unit number. */
public record UnitKey(String building, String unit) {

    @Override
    public String toString() {
        return building + "-" + unit;
    }
}
