package org.communitypartners.massorg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.communitypartners.massorg.application.ActivityView;
import org.communitypartners.massorg.application.ActivityView.OrganiserView;
import org.communitypartners.massorg.domain.ActivityStatus;
import org.communitypartners.massorg.domain.Audience;
import org.junit.jupiter.api.Test;

class ICalendarTest {
    private static final Instant STAMP = Instant.parse("2026-07-01T02:03:04Z");

    private static ActivityView activity(String title, String venue, String description) {
        return new ActivityView(42, title, description, venue, 3, "天一社区", Instant.parse("2026-07-30T11:00:00Z"),
                Instant.parse("2026-07-30T13:30:00Z"), 50, Audience.ANYONE, STAMP, Instant.parse("2026-07-30T11:00:00Z"),
                ActivityStatus.SCHEDULED, 0, List.of(new OrganiserView(7, "老年艺术团")), false, 0);
    }

    @Test
    void textValuesEscapeBackslashSemicolonCommaAndNewlines() {
        assertEquals("a\\\\b\\;c\\,d\\ne\\nf", ICalendar.escape("a\\b;c,d\ne\r\nf"));
    }

    @Test
    void everyLineEndsWithCrlfAndTimesAreUtc() {
        String feed = ICalendar.feed("天一社区", List.of(activity("八一联欢会彩排", "活动室, 二楼", null)), "example.org", STAMP);

        assertTrue(feed.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assertTrue(feed.endsWith("END:VCALENDAR\r\n"));
        assertEquals(-1, feed.replace("\r\n", "").indexOf('\n'), "no bare LF");
        assertEquals(-1, feed.replace("\r\n", "").indexOf('\r'), "no bare CR");
        assertTrue(feed.contains("\r\nUID:activity-42@example.org\r\n"));
        assertTrue(feed.contains("\r\nDTSTAMP:20260701T020304Z\r\n"));
        assertTrue(feed.contains("\r\nDTSTART:20260730T110000Z\r\n"));
        assertTrue(feed.contains("\r\nDTEND:20260730T133000Z\r\n"));
        assertTrue(feed.contains("\r\nLOCATION:活动室\\, 二楼\r\n"));
    }

    @Test
    void longLinesFoldAt75OctetsWithoutSplittingACharacter() {
        String title = "八一联欢会彩排：老年艺术团合唱队、声乐班、戏曲班联合演出，欢迎居民朋友们踊跃参加；";
        String feed = ICalendar.feed("天一社区", List.of(activity(title, "活动室", "第一行\n第二行")), "example.org", STAMP);

        for (String line : feed.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "too long: " + line);
        }
        String unfolded = feed.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:" + ICalendar.escape(title) + "\r\n"), unfolded);
        assertTrue(unfolded.contains("DESCRIPTION:老年艺术团\\n第一行\\n第二行\r\n"));
        assertTrue(feed.contains("\r\n "), "the long summary was folded");
    }
}
