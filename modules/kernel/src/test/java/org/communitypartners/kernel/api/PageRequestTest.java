package org.communitypartners.kernel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PageRequestTest {
    private static final Map<String, String> SORTABLE = Map.of("name", "u.name");

    @Test
    void sortsByAnAllowedFieldThenTheTieBreak() {
        assertEquals(" ORDER BY u.name DESC, u.id", new PageRequest(0, 20, "name", false).orderBy(SORTABLE, "u.id"));
    }

    @Test
    void unknownOrMissingSortFieldFallsBackToTheTieBreakNeverToRequestText() {
        assertEquals(" ORDER BY u.id", new PageRequest(0, 20, "name; DROP TABLE x", true).orderBy(SORTABLE, "u.id"));
        assertEquals(" ORDER BY u.id", new PageRequest(0, 20, null, true).orderBy(SORTABLE, "u.id"));
    }

    @Test
    void pageSizeStaysBetweenOneAndTheMaximum() {
        assertEquals(PageRequest.MAX_SIZE, new PageRequest(0, 100_000, null, true).size());
        assertEquals(1, new PageRequest(0, 0, null, true).size());
        assertEquals(0, new PageRequest(-5, 10, null, true).first());
    }
}
