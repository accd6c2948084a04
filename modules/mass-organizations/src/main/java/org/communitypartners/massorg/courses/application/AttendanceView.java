package org.communitypartners.massorg.courses.application;

import java.util.List;

/** One session's attendance: the roster with who came, and the counts. */
public record AttendanceView(long sessionId, List<RosterEntryView> roster, int present, int absent,
                             int percentPresent) {
}
