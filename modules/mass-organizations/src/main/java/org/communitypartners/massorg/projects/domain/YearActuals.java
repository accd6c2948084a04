package org.communitypartners.massorg.projects.domain;

/**
 * What an organisation actually did in a year, computed from the data: activities it organised
 * (not called off), participants (checked-in registrations at them plus present course
 * attendances) and verified volunteer minutes.
 */
public record YearActuals(long activities, long participants, long volunteerMinutes) {
    public static final YearActuals NONE = new YearActuals(0, 0, 0);
}
