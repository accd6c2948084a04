package org.communitypartners.partners.infrastructure;

/** The partners module's persistence unit. */
public final class PartnersPersistence {
    public static final String UNIT = "partners";

    private PartnersPersistence() {
    }
}
