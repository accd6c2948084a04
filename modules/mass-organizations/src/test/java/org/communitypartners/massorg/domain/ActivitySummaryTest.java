package org.communitypartners.massorg.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.communitypartners.kernel.api.RuleViolation;
import org.junit.jupiter.api.Test;

class ActivitySummaryTest {
    private static final Instant START = Instant.parse("2026-07-30T11:00:00Z");
    private static final Instant END = START.plus(Duration.ofHours(2));
    private static final Instant OPENS = START.minus(Duration.ofDays(7));

    private final Activity activity = new Activity(1, 2, new Activity.Schedule("八一联欢会彩排", null, "天一社区活动室",
            START, END, 30, Audience.ANYONE, OPENS, START), List.of(new Organiser(7, "老年艺术团")), "it", OPENS);

    private static String refusal(Runnable attempt) {
        return assertThrows(RuleViolation.class, attempt::run).messageKey();
    }

    @Test
    void withoutACorrectionTheCountIsThoseCheckedIn() {
        ActivitySummary summary = ActivitySummary.first(activity, new ActivitySummary.Draft(" 演出顺利 ", null, "忽略"),
                "staff", END);

        assertEquals("演出顺利", summary.getSummary());
        assertEquals(23, summary.participantCount(23));
        assertNull(summary.getCorrectionReason(), "a reason without a correction is not kept");
    }

    @Test
    void aCorrectedCountNeedsItsReasonAndReplacesTheCheckIns() {
        assertEquals("summary.reasonRequired", refusal(() -> ActivitySummary.first(activity,
                new ActivitySummary.Draft("演出顺利", 30, "  "), "staff", END)));
        assertEquals("summary.countNegative", refusal(() -> ActivitySummary.first(activity,
                new ActivitySummary.Draft("演出顺利", -1, "点错了"), "staff", END)));

        ActivitySummary summary = ActivitySummary.first(activity,
                new ActivitySummary.Draft("演出顺利", 30, "7 位居民没带报名码，现场登记"), "staff", END);
        assertEquals(30, summary.participantCount(23));
        summary.rewrite(activity, new ActivitySummary.Draft("演出顺利", null, null), "staff", END.plusSeconds(60));
        assertEquals(23, summary.participantCount(23), "taking the correction back counts check-ins again");
    }

    @Test
    void nothingIsWrittenBeforeTheEndOrForACalledOffActivity() {
        assertEquals("summary.notYetOver", refusal(() -> ActivitySummary.first(activity,
                new ActivitySummary.Draft("提前写", null, null), "staff", END.minusNanos(1))));
        assertEquals("summary.textRequired", refusal(() -> ActivitySummary.first(activity,
                new ActivitySummary.Draft("  ", null, null), "staff", END)));
        activity.callOff();
        assertEquals("activity.cancelled", refusal(() -> ActivitySummary.first(activity,
                new ActivitySummary.Draft("演出顺利", null, null), "staff", END)));
    }
}
