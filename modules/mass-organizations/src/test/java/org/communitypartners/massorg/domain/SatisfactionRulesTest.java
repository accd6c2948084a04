package org.communitypartners.massorg.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.communitypartners.kernel.api.AccessCode;
import org.communitypartners.kernel.api.RuleViolation;
import org.junit.jupiter.api.Test;

class SatisfactionRulesTest {
    private static final Instant START = Instant.parse("2026-07-30T11:00:00Z");
    private static final Instant END = START.plus(Duration.ofHours(2));
    private static final Instant OPENS = START.minus(Duration.ofDays(7));
    private static final Instant AFTER = END.plus(Duration.ofHours(1));

    private final Activity activity = new Activity(1, 2, new Activity.Schedule("八一联欢会彩排", null, "天一社区活动室",
            START, END, 1, Audience.ANYONE, OPENS, START), List.of(new Organiser(7, "老年艺术团")), "it", OPENS);

    private Registration register(int i) {
        return activity.admit("居民" + i, "1380000000" + i, Channel.PUBLIC, AccessCode.next(), OPENS);
    }

    private Registration attended() {
        Registration seated = register(1);
        activity.checkIn(seated, START);
        return seated;
    }

    private static String refusal(Runnable attempt) {
        return assertThrows(RuleViolation.class, attempt::run).messageKey();
    }

    @Test
    void aCheckedInParticipantRatesOnceTheActivityIsOver() {
        ActivityRating rating = ActivityRating.first(activity, attended(), 4, END);

        assertEquals(4, rating.getScore());
        assertEquals(END, rating.getRatedAt());
        assertNull(rating.getChangedAt());
    }

    @Test
    void whoRegisteredButNeverCheckedInMayNotRate() {
        Registration seated = register(1);

        assertEquals("rating.notParticipant", refusal(() -> ActivityRating.first(activity, seated, 5, AFTER)));
        assertFalse(SatisfactionRules.mayRate(activity, seated, AFTER));
    }

    @Test
    void aWaitlistedOrNoShowRegistrationMayNotRate() {
        attended();
        Registration waitlisted = register(2);
        assertEquals(RegistrationStatus.WAITLISTED, waitlisted.getStatus());
        assertEquals("rating.notParticipant", refusal(() -> ActivityRating.first(activity, waitlisted, 5, AFTER)));

        Activity other = new Activity(1, 2, new Activity.Schedule("书画展", null, "活动室", START, END, 5,
                Audience.ANYONE, OPENS, START), List.of(new Organiser(7, "老年艺术团")), "it", OPENS);
        Registration absent = other.admit("居民", "13800000009", Channel.PUBLIC, AccessCode.next(), OPENS);
        other.closeAttendance(List.of(absent), END);
        assertEquals(RegistrationStatus.NO_SHOW, absent.getStatus());
        assertEquals("rating.notParticipant", refusal(() -> ActivityRating.first(other, absent, 5, AFTER)));
    }

    @Test
    void ratingOpensAtTheEndAndClosesThirtyDaysLater() {
        Registration participant = attended();
        Instant lastMoment = END.plus(SatisfactionRules.RATING_PERIOD).minusNanos(1);

        assertEquals("rating.notYetOver",
                refusal(() -> ActivityRating.first(activity, participant, 5, END.minusNanos(1))));
        assertTrue(SatisfactionRules.mayRate(activity, participant, END));
        assertTrue(SatisfactionRules.mayRate(activity, participant, lastMoment));
        assertEquals("rating.closed", refusal(() -> ActivityRating.first(activity, participant, 5,
                END.plus(SatisfactionRules.RATING_PERIOD))));
    }

    @Test
    void scoresOutsideOneToFiveAreRefused() {
        Registration participant = attended();

        for (Integer wrong : new Integer[] {0, 6, -1, null}) {
            assertEquals("rating.scoreRange", refusal(() -> ActivityRating.first(activity, participant, wrong, AFTER)));
        }
        assertEquals(1, ActivityRating.first(activity, participant, 1, AFTER).getScore());
        assertEquals(5, ActivityRating.first(activity, participant, 5, AFTER).getScore());
    }

    @Test
    void theOneRatingOfARegistrationChangesInPlaceWithinThePeriod() {
        Registration participant = attended();
        ActivityRating rating = ActivityRating.first(activity, participant, 2, AFTER);

        rating.change(activity, participant, 5, AFTER.plus(Duration.ofDays(1)));
        assertEquals(5, rating.getScore());
        assertEquals(AFTER.plus(Duration.ofDays(1)), rating.getChangedAt());
        assertEquals(AFTER, rating.getRatedAt(), "first rated stays");

        assertEquals("rating.closed", refusal(() -> rating.change(activity, participant, 1,
                END.plus(Duration.ofDays(31)))));
        assertEquals(5, rating.getScore());
    }

    @Test
    void aCancelledActivityTakesNoRatings() {
        Registration participant = attended();
        Activity cancelled = new Activity(1, 2, new Activity.Schedule("书画展", null, "活动室", START, END, 5,
                Audience.ANYONE, OPENS, START), List.of(new Organiser(7, "老年艺术团")), "it", OPENS);
        cancelled.callOff();

        assertEquals("activity.cancelled", refusal(() -> SatisfactionRules.requireMayRate(cancelled, participant, AFTER)));
    }

    @Test
    void withNoRatingsThereIsNoMeanAndEveryShareIsZero() {
        Satisfaction none = Satisfaction.of(Map.of());

        assertEquals(0, none.ratings());
        assertNull(none.mean());
        for (int score = 1; score <= 5; score++) {
            assertEquals(0, none.count(score));
            assertEquals(0, none.percent(score));
        }
        assertEquals(Satisfaction.NONE, none);
    }

    @Test
    void meanHasOneDecimalRoundedHalfUpAndTheDistributionCountsEachScore() {
        Satisfaction some = Satisfaction.of(Map.of(5, 2L, 4, 1L, 1, 1L));

        assertEquals(4, some.ratings());
        assertEquals(new BigDecimal("3.8"), some.mean(), "(10 + 4 + 1) / 4 = 3.75");
        assertEquals(List.of(1L, 0L, 0L, 1L, 2L), some.counts());
        assertEquals(50, some.percent(5));
        assertEquals(25, some.percent(1));
        assertEquals(0, some.percent(3));
        assertEquals(new BigDecimal("5.0"), Satisfaction.of(Map.of(5, 3L)).mean());
    }

    @Test
    void aStoredScoreOutsideTheScaleIsNotCountedSilently() {
        assertThrows(RuleViolation.class, () -> Satisfaction.of(Map.of(6, 1L)));
    }
}
