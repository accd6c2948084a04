package org.communitypartners.property.registerimport.domain;

/** The columns of the import sheet, in order (A to I); one row per owner of a unit. */
public enum RegisterColumn {
    BUILDING_NUMBER("buildingNumber"),
    BUILDING_NAME("buildingName"),
    FLOORS("floors"),
    UNIT_NUMBER("unitNumber"),
    AREA("area"),
    OWNER_NAME("ownerName"),
    ID_NUMBER("idNumber"),
    PHONE("phone"),
    SHARE("share");

    private final String field;

    RegisterColumn(String field) {
        this.field = field;
    }

    /** The column as Excel names it: A, B, … */
    public String letter() {
        return String.valueOf((char) ('A' + ordinal()));
    }

    /** The bundle key of the column's heading. */
    public String headingKey() {
        return "import.column." + field;
    }
}
