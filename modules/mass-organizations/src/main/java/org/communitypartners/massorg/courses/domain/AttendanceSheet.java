package org.communitypartners.massorg.courses.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.communitypartners.massorg.organisations.domain.Rules;

/**
 * Attendance of one session taken from the roster: everyone on the roster is either present or
 * absent; ticking someone twice counts once; a tick for someone not on the roster is refused, so
 * a count never includes a stranger.
 */
public final class AttendanceSheet {
    private final Map<Long, Boolean> marks = new LinkedHashMap<>();

    private AttendanceSheet() {
    }

    /** The sheet for the roster (enrolment ids) with {@code present} ticked. */
    public static AttendanceSheet of(Collection<Long> roster, Collection<Long> present) {
        Set<Long> onRoster = Set.copyOf(roster);
        for (Long id : present) {
            if (!onRoster.contains(id)) {
                throw Rules.violation("attendance.notOnRoster", id);
            }
        }
        AttendanceSheet sheet = new AttendanceSheet();
        Set<Long> came = Set.copyOf(present);
        roster.forEach(id -> sheet.marks.put(id, came.contains(id)));
        return sheet;
    }

    public Map<Long, Boolean> marks() {
        return Map.copyOf(marks);
    }

    public int present() {
        return (int) marks.values().stream().filter(Boolean::booleanValue).count();
    }

    public int absent() {
        return marks.size() - present();
    }

    /** Whole percent of the roster present, rounded down; 0 for an empty roster. */
    public int percentPresent() {
        return marks.isEmpty() ? 0 : present() * 100 / marks.size();
    }
}
