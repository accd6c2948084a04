package org.communitypartners.kernel.api;

/** The levels of the organisation tree: city (市) → subdistrict (街道) → community (社区) → compound (小区). */
public enum OrgLevel {
    CITY, SUBDISTRICT, COMMUNITY, COMPOUND;

    /** The level a child of this level has, or {@code null} below a compound. */
    public OrgLevel childLevel() {
        return this == COMPOUND ? null : values()[ordinal() + 1];
    }
}
