package org.communitypartners.massorg.infrastructure;

/** The mass-organizations module's persistence unit. */
public final class MassOrganizationsPersistence {
    public static final String UNIT = "mass-organizations";

    private MassOrganizationsPersistence() {
    }
}
