package org.communitypartners.property.votes.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.communitypartners.kernel.api.RuleViolation;
import org.junit.jupiter.api.Test;

class OwnerVoteTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");

    private static OwnerVote draft(LocalDate startsOn, LocalDate endsOn) {
        return new OwnerVote(7, MatterType.MAINTENANCE_FUND_RAISING, "是否筹集电梯维修资金", false, startsOn, endsOn,
                TODAY, "jinyuan.committee", NOW);
    }

    private static Elector seat(String area) {
        return new Elector(1, Electorate.snapshot(List.of(new Electorate.RegisterUnit(5, 1, "1", "101",
                new BigDecimal(area), Set.of("aaa"), false))).get(0));
    }

    private static String key(Runnable action) {
        return assertThrows(RuleViolation.class, action::run).messageKey();
    }

    @Test
    void itemsSixToEightNeedTheQualifiedMajorityAndUsingTheFundDoesNot() {
        assertTrue(MatterType.MAINTENANCE_FUND_RAISING.qualifiedMajority());
        assertTrue(MatterType.REBUILDING.qualifiedMajority());
        assertTrue(MatterType.COMMON_PARTS_USE.qualifiedMajority());
        assertFalse(MatterType.MAINTENANCE_FUND_USE.qualifiedMajority());
        assertFalse(MatterType.OTHER_MAJOR_MATTER.qualifiedMajority());
        assertEquals(9, MatterType.values().length);
        assertEquals(6, MatterType.MAINTENANCE_FUND_RAISING.item());
    }

    @Test
    void aDraftNeedsAQuestionAndAPeriodFromTodayOn() {
        assertEquals("vote.question", key(() -> new OwnerVote(7, MatterType.REBUILDING, " 是否 ", false, TODAY,
                TODAY, TODAY, "c", NOW)));
        assertEquals("vote.period", key(() -> draft(TODAY.minusDays(1), TODAY)));
        assertEquals("vote.period", key(() -> draft(TODAY, TODAY.minusDays(1))));
        assertEquals("vote.period", key(() -> draft(TODAY, TODAY.plusDays(OwnerVote.MAX_DAYS + 1))));
        assertEquals("vote.matterRequired", key(() -> new OwnerVote(7, null, "是否筹集", false, TODAY, TODAY, TODAY,
                "c", NOW)));
    }

    @Test
    void ballotsAreTakenOnlyWhileOpenAndWithinThePeriod() {
        OwnerVote vote = draft(TODAY.plusDays(1), TODAY.plusDays(10));
        assertEquals("vote.notAccepting", key(() -> vote.requireAcceptsBallots(TODAY.plusDays(2))));
        vote.open(1, new BigDecimal("88.00"), 1, TODAY, "c", NOW);
        assertEquals("vote.notAccepting", key(() -> vote.requireAcceptsBallots(TODAY)));
        vote.requireAcceptsBallots(TODAY.plusDays(1));
        vote.requireAcceptsBallots(TODAY.plusDays(10));
        assertEquals("vote.notAccepting", key(() -> vote.requireAcceptsBallots(TODAY.plusDays(11))));
        assertEquals("vote.notDraft", key(() -> vote.open(1, BigDecimal.ONE, 1, TODAY, "c", NOW)));
    }

    @Test
    void aBallotCanBeChangedUntilCloseAndTheLastOneCounts() {
        OwnerVote vote = draft(TODAY, TODAY);
        vote.open(1, new BigDecimal("88.00"), 1, TODAY, "c", NOW);
        Elector seat = seat("88.00");
        seat.counts(Ballot.online(seat, BallotChoice.AGAINST, "xie.xuedong", NOW));
        seat.counts(Ballot.online(seat, BallotChoice.FOR, "xie.xuedong", NOW.plusSeconds(60)));
        assertEquals(BallotChoice.FOR, seat.getChoice());
        Tally.Result result = Tally.count(true, List.of(seat.counted()));
        vote.close(result, TODAY, "c", NOW);
        assertEquals(VoteStatus.CLOSED, vote.getStatus());
        assertTrue(vote.getPassed());
        assertEquals("8800/8800 1/1 8800/8800 1/1", vote.getResultRatios());
        assertEquals("vote.notAccepting", key(() -> vote.requireAcceptsBallots(TODAY)));
        assertEquals("vote.choiceRequired", key(() -> Ballot.online(seat, null, "xie.xuedong", NOW)));
    }

    @Test
    void aVoteClosesFromItsLastDayAndIsCosignedOnce() {
        OwnerVote vote = draft(TODAY, TODAY.plusDays(3));
        assertEquals("vote.notOpen", key(() -> vote.close(null, TODAY, "c", NOW)));
        vote.open(1, new BigDecimal("88.00"), 1, TODAY, "c", NOW);
        Tally.Result nobody = Tally.count(false, List.of(seat("88.00").counted()));
        assertEquals("vote.tooEarlyToClose", key(() -> vote.close(nobody, TODAY.plusDays(2), "c", NOW)));
        assertEquals("vote.notClosed", key(() -> vote.cosign("notary.tianchang", NOW)));
        vote.close(nobody, TODAY.plusDays(3), "c", NOW);
        assertFalse(vote.getPassed());
        assertNull(vote.getCosignedBy());
        vote.cosign("notary.tianchang", NOW);
        assertEquals("notary.tianchang", vote.getCosignedBy());
        assertEquals("vote.alreadyCosigned", key(() -> vote.cosign("notary.other", NOW)));
    }

    @Test
    void aVoteWithNoUnitsCannotOpenNorOneWhosePeriodIsOver() {
        OwnerVote vote = draft(TODAY, TODAY);
        assertEquals("vote.noElectors", key(() -> vote.open(0, BigDecimal.ZERO, 0, TODAY, "c", NOW)));
        assertEquals("vote.periodOver", key(() -> vote.open(1, BigDecimal.ONE, 1, TODAY.plusDays(1), "c", NOW)));
    }
}
