package org.communitypartners.partners.infrastructure;

/** The partners module's persistence unit. */
final class PartnersPersistence {
    static final String UNIT = "partners";

    private PartnersPersistence() {
    }
}
