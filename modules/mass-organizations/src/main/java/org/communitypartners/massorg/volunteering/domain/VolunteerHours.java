package org.communitypartners.massorg.volunteering.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Collection;
import org.communitypartners.massorg.organisations.domain.Rules;

/**
 * The time bank's arithmetic, in one place. A shift is credited to the nearest quarter hour:
 * its length in whole minutes (seconds dropped) is rounded to a multiple of 15, a remainder of
 * 8 minutes or more rounding up (7 → 0, 8 → 15, 52 → 45, 53 → 60). A shift is at least 8 minutes,
 * so it never credits nothing, and at most 12 hours, so a slip of the date is caught.
 */
public final class VolunteerHours {
    public static final int QUARTER = 15;
    public static final Duration SHORTEST = Duration.ofMinutes(8);
    public static final Duration LONGEST = Duration.ofHours(12);

    private VolunteerHours() {
    }

    /** The minutes credited for a shift of this length; refused outside {@link #SHORTEST}..{@link #LONGEST}. */
    public static int creditedMinutes(Duration length) {
        if (length == null || length.compareTo(SHORTEST) < 0) {
            throw Rules.violation("shift.tooShort", SHORTEST.toMinutes());
        }
        if (length.compareTo(LONGEST) > 0) {
            throw Rules.violation("shift.tooLong", LONGEST.toHours());
        }
        long minutes = length.toMinutes();
        long quarters = (minutes + QUARTER / 2) / QUARTER;
        return (int) (quarters * QUARTER);
    }

    /** Verified minutes: only confirmed shifts count, whatever the pending or rejected ones claim. */
    public static int verifiedMinutes(Collection<VolunteerShift> shifts) {
        return shifts.stream().filter(s -> s.getStatus() == ShiftStatus.CONFIRMED)
                .mapToInt(VolunteerShift::getCreditedMinutes).sum();
    }

    /** Minutes as hours with two decimals (quarter hours are exact: 0.25, 0.50, 0.75). */
    public static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }
}
