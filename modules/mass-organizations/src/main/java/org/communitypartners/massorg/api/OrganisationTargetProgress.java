package org.communitypartners.massorg.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * One organisation's target for a year and how far it got. Measures are named
 * {@code activities}, {@code participants}, {@code volunteerHours} and, when the target asks for
 * it, {@code satisfaction} (the participants' mean rating); {@code met} when all are.
 */
public record OrganisationTargetProgress(long organisationId, long partnerId, String organisationName, int year,
                                         List<Measure> measures, boolean met) {

    /** One measure: the minimum, the actual, whether met and the whole percent reached (at most 100). */
    public record Measure(String name, BigDecimal target, BigDecimal actual, boolean met, int percent) {
    }
}
