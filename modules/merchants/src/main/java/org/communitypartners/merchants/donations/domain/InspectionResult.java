package org.communitypartners.merchants.donations.domain;

/** What an inspection of a placement found: in order, or needing service (pressure low, seal broken, missing). */
public enum InspectionResult {
    PASSED,
    NEEDS_SERVICE
}
