package org.communitypartners.massorg.projects.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.communitypartners.massorg.volunteering.domain.VolunteerHours;

/**
 * A yearly target against the actuals. Each measure is met when the actual reaches the minimum
 * (a minimum of 0 is met by nothing done); the target is met when every measure is. Progress is
 * the whole percent of the minimum reached, rounded down and capped at 100, so 100% shows only
 * for a measure that is met.
 */
public record TargetProgress(int year, List<Measure> measures) {

    /** One measure: the minimum, what was done, whether it is met and the percent reached. */
    public record Measure(String name, BigDecimal target, BigDecimal actual, boolean met, int percent) {

        static Measure of(String name, BigDecimal target, BigDecimal actual) {
            boolean met = actual.compareTo(target) >= 0;
            int percent = target.signum() == 0 ? 100
                    : Math.min(100, actual.multiply(BigDecimal.valueOf(100)).divideToIntegralValue(target).intValue());
            return new Measure(name, target, actual, met, percent);
        }
    }

    public static final String ACTIVITIES = "activities";
    public static final String PARTICIPANTS = "participants";
    public static final String VOLUNTEER_HOURS = "volunteerHours";
    public static final String SATISFACTION = "satisfaction";

    /** Satisfaction is measured only when the target asks for it; a year nobody rated has reached none of it. */
    public static TargetProgress of(int year, YearlyTarget.Figures target, YearActuals actuals) {
        List<Measure> measures = new ArrayList<>(List.of(
                Measure.of(ACTIVITIES, BigDecimal.valueOf(target.minActivities()), BigDecimal.valueOf(actuals.activities())),
                Measure.of(PARTICIPANTS, BigDecimal.valueOf(target.minParticipants()),
                        BigDecimal.valueOf(actuals.participants())),
                Measure.of(VOLUNTEER_HOURS, BigDecimal.valueOf(target.minVolunteerHours()),
                        VolunteerHours.hours(actuals.volunteerMinutes()))));
        if (target.minSatisfaction() != null) {
            BigDecimal mean = actuals.meanSatisfaction();
            measures.add(mean == null ? new Measure(SATISFACTION, target.minSatisfaction(), BigDecimal.ZERO, false, 0)
                    : Measure.of(SATISFACTION, target.minSatisfaction(), mean));
        }
        return new TargetProgress(year, List.copyOf(measures));
    }

    public boolean met() {
        return measures.stream().allMatch(Measure::met);
    }

    public Measure measure(String name) {
        return measures.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }
}
