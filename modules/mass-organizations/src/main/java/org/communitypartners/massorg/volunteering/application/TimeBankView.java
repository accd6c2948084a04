package org.communitypartners.massorg.volunteering.application;

import java.math.BigDecimal;
import java.util.List;

/** Verified hours of an organisation in all, and per volunteer (one page of them). */
public record TimeBankView(long organisationId, String organisationName, BigDecimal totalHours,
                           List<VolunteerHoursView> volunteers, long volunteerCount) {

    /** One volunteer's verified hours. */
    public record VolunteerHoursView(long memberId, String name, BigDecimal hours) {
    }
}
