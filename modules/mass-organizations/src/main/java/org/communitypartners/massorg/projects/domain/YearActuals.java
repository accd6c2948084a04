package org.communitypartners.massorg.projects.domain;

import java.math.BigDecimal;

/**
 * What an organisation actually did in a year, computed from the data: activities it organised
 * (not called off), participants (checked-in registrations at them plus present course
 * attendances), verified volunteer minutes, and the participants' mean satisfaction (null when
 * nobody rated).
 */
public record YearActuals(long activities, long participants, long volunteerMinutes, BigDecimal meanSatisfaction) {
    public static final YearActuals NONE = new YearActuals(0, 0, 0, null);

    public YearActuals withSatisfaction(BigDecimal mean) {
        return new YearActuals(activities, participants, volunteerMinutes, mean);
    }
}
