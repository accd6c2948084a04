package org.communitypartners.property.infrastructure;

/** The property module's persistence unit. */
public final class PropertyPersistence {
    public static final String UNIT = "property";

    private PropertyPersistence() {
    }
}
