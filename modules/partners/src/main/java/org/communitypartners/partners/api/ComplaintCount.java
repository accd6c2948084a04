package org.communitypartners.partners.api;

/**
 * Complaints about one compound in a quarter. The households come from the module that keeps
 * the register (property), so the rate is computed where both are known.
 */
public record ComplaintCount(long compoundId, int year, int quarter, long complaints) {

    /** Complaints per 100 households; absent when the compound has no households on record. */
    public Double perHundredHouseholds(long households) {
        return households <= 0 ? null : complaints * 100.0 / households;
    }
}
