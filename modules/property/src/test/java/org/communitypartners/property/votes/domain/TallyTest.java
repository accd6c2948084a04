package org.communitypartners.property.votes.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.communitypartners.property.votes.domain.Tally.Condition;
import org.communitypartners.property.votes.domain.Tally.Counted;
import org.junit.jupiter.api.Test;

/**
 * Every threshold of art. 278 at, just above and just below its boundary, for both matter
 * classes, each time with the other measure (area or heads) on the other side of it.
 */
class TallyTest {
    private static final boolean MAJOR = true;
    private static final boolean ORDINARY = false;

    /** Seats of distinct owners, one unit each unless a head is named. */
    private static final class Seats {
        private final List<Counted> seats = new ArrayList<>();
        private int next;

        Seats add(int count, String area, BallotChoice choice) {
            for (int i = 0; i < count; i++) {
                seats.add(new Counted("1", new BigDecimal(area), "H" + next++, choice));
            }
            return this;
        }

        Seats of(String head, String building, String area, BallotChoice choice) {
            seats.add(new Counted(building, new BigDecimal(area), head, choice));
            return this;
        }

        Tally.Result count(boolean major) {
            return Tally.count(major, seats);
        }
    }

    private static Set<Condition> only(Condition... conditions) {
        return conditions.length == 0 ? EnumSet.noneOf(Condition.class) : EnumSet.of(conditions[0], conditions);
    }

    // Participation by area: 3 of 4 heads voted (heads met); voted area 200.00 of 300.00 ± 0.01.

    @Test
    void participationAreaExactlyTwoThirdsIsEnough() {
        Tally.Result r = new Seats().add(1, "100.00", BallotChoice.FOR).add(2, "50.00", BallotChoice.FOR)
                .add(1, "100.00", null).count(ORDINARY);
        assertEquals("20000/30000", r.participationArea().toString());
        assertTrue(r.passed(), r.failed().toString());
    }

    @Test
    void participationAreaJustAboveTwoThirdsIsEnough() {
        Tally.Result r = new Seats().add(3, "66.67", BallotChoice.FOR).add(1, "99.99", null).count(ORDINARY);
        assertEquals(only(), r.failed());
    }

    @Test
    void participationAreaJustBelowTwoThirdsFailsThoughHeadsTakePart() {
        Tally.Result r = new Seats().add(2, "100.00", BallotChoice.FOR).add(1, "100.01", null).count(MAJOR);
        assertTrue(r.participationHeads().atLeast(2, 3), "2 of 3 owners took part");
        assertEquals(only(Condition.PARTICIPATION_AREA), r.failed());
        assertFalse(r.passed());
        assertEquals(new BigDecimal("66.66"), r.participationArea().percent());
    }

    // Participation by heads: 200, 201, 199 of 300 owners; the voters hold most of the area.

    @Test
    void participationHeadsExactlyTwoThirdsIsEnough() {
        Tally.Result r = new Seats().add(200, "1.00", BallotChoice.FOR).add(100, "0.10", null).count(MAJOR);
        assertEquals(Fraction.of(200, 300), r.participationHeads());
        assertTrue(r.passed(), r.failed().toString());
    }

    @Test
    void participationHeadsJustAboveTwoThirdsIsEnough() {
        Tally.Result r = new Seats().add(201, "1.00", BallotChoice.FOR).add(99, "0.10", null).count(MAJOR);
        assertTrue(r.passed());
    }

    @Test
    void participationHeadsJustBelowTwoThirdsFailsThoughTheAreaTakesPart() {
        Tally.Result r = new Seats().add(199, "1.00", BallotChoice.FOR).add(101, "0.10", null).count(ORDINARY);
        assertTrue(r.participationArea().atLeast(2, 3));
        assertEquals(only(Condition.PARTICIPATION_HEADS), r.failed());
        assertEquals(new BigDecimal("66.33"), r.participationHeads().percent());
    }

    // A major matter (items 6–8): three quarters of the participating area, 300.00 of 400.00 ± 0.01.

    @Test
    void majorMatterPassesWithExactlyThreeQuartersOfTheArea() {
        Tally.Result r = new Seats().add(3, "100.00", BallotChoice.FOR).add(1, "100.00", BallotChoice.AGAINST)
                .count(MAJOR);
        assertEquals("30000/40000", r.agreementArea().toString());
        assertEquals(Fraction.of(3, 4), r.agreementHeads());
        assertTrue(r.passed());
    }

    @Test
    void majorMatterPassesJustAboveThreeQuartersOfTheArea() {
        Tally.Result r = new Seats().add(3, "100.00", BallotChoice.FOR).add(1, "99.99", BallotChoice.AGAINST)
                .count(MAJOR);
        assertTrue(r.passed());
    }

    @Test
    void majorMatterFailsJustBelowThreeQuartersOfTheAreaThoughThreeQuartersOfOwnersAgree() {
        Tally.Result r = new Seats().add(3, "100.00", BallotChoice.FOR).add(1, "100.01", BallotChoice.AGAINST)
                .count(MAJOR);
        assertEquals(only(Condition.AGREEMENT_AREA), r.failed());
        assertEquals(new BigDecimal("74.99"), r.agreementArea().percent());
    }

    // A major matter by heads: 300, 301, 299 of 400 participating owners agree.

    @Test
    void majorMatterPassesWithExactlyThreeQuartersOfTheOwners() {
        Tally.Result r = new Seats().add(300, "1.00", BallotChoice.FOR).add(100, "0.10", BallotChoice.AGAINST)
                .count(MAJOR);
        assertTrue(r.passed());
    }

    @Test
    void majorMatterPassesJustAboveThreeQuartersOfTheOwners() {
        Tally.Result r = new Seats().add(301, "1.00", BallotChoice.FOR).add(99, "0.10", BallotChoice.AGAINST)
                .count(MAJOR);
        assertTrue(r.passed());
    }

    @Test
    void majorMatterFailsJustBelowThreeQuartersOfTheOwnersThoughTheAreaAgrees() {
        Tally.Result r = new Seats().add(299, "1.00", BallotChoice.FOR).add(101, "0.10", BallotChoice.AGAINST)
                .count(MAJOR);
        assertEquals(only(Condition.AGREEMENT_HEADS), r.failed());
    }

    // Any other matter: more than half of the participating area, 200.00 against 200.00 ± 0.01.

    @Test
    void ordinaryMatterFailsWithExactlyHalfTheArea() {
        Tally.Result r = new Seats().add(2, "100.00", BallotChoice.FOR).add(1, "200.00", BallotChoice.AGAINST)
                .count(ORDINARY);
        assertTrue(r.agreementHeads().moreThan(1, 2), "2 of 3 owners agree");
        assertEquals(only(Condition.AGREEMENT_AREA), r.failed());
    }

    @Test
    void ordinaryMatterPassesJustAboveHalfTheArea() {
        Tally.Result r = new Seats().add(2, "100.00", BallotChoice.FOR).add(1, "199.99", BallotChoice.AGAINST)
                .count(ORDINARY);
        assertTrue(r.passed());
    }

    @Test
    void ordinaryMatterFailsJustBelowHalfTheArea() {
        Tally.Result r = new Seats().add(2, "100.00", BallotChoice.FOR).add(1, "200.01", BallotChoice.AGAINST)
                .count(ORDINARY);
        assertEquals(only(Condition.AGREEMENT_AREA), r.failed());
    }

    @Test
    void theSameAgreementThatPassesAnOrdinaryMatterFailsAMajorOne() {
        Seats seats = new Seats().add(2, "100.00", BallotChoice.FOR).add(1, "199.99", BallotChoice.AGAINST);
        assertTrue(seats.count(ORDINARY).passed());
        assertEquals(only(Condition.AGREEMENT_AREA, Condition.AGREEMENT_HEADS), seats.count(MAJOR).failed());
    }

    // Any other matter by heads: 200, 201, 199 of 400 participating owners agree.

    @Test
    void ordinaryMatterFailsWithExactlyHalfTheOwners() {
        Tally.Result r = new Seats().add(200, "1.00", BallotChoice.FOR).add(200, "0.50", BallotChoice.AGAINST)
                .count(ORDINARY);
        assertEquals(only(Condition.AGREEMENT_HEADS), r.failed());
    }

    @Test
    void ordinaryMatterPassesJustAboveHalfTheOwners() {
        Tally.Result r = new Seats().add(201, "1.00", BallotChoice.FOR).add(199, "0.50", BallotChoice.AGAINST)
                .count(ORDINARY);
        assertTrue(r.passed());
    }

    @Test
    void ordinaryMatterFailsJustBelowHalfTheOwnersThoughTheAreaAgrees() {
        Tally.Result r = new Seats().add(199, "1.00", BallotChoice.FOR).add(201, "0.50", BallotChoice.AGAINST)
                .count(ORDINARY);
        assertTrue(r.agreementArea().moreThan(1, 2));
        assertEquals(only(Condition.AGREEMENT_HEADS), r.failed());
    }

    @Test
    void abstentionsTakePartButDoNotAgree() {
        Tally.Result r = new Seats().add(2, "100.00", BallotChoice.FOR).add(2, "100.00", BallotChoice.ABSTAIN)
                .count(ORDINARY);
        assertEquals(Fraction.of(4, 4), r.participationHeads());
        assertEquals(only(Condition.AGREEMENT_AREA, Condition.AGREEMENT_HEADS), r.failed());
    }

    @Test
    void aFailedParticipationFailsTheVoteWhateverTheAgreement() {
        Tally.Result r = new Seats().add(1, "100.00", BallotChoice.FOR).add(2, "100.00", null).count(ORDINARY);
        assertEquals(only(Condition.PARTICIPATION_AREA, Condition.PARTICIPATION_HEADS), r.failed());
        assertFalse(r.passed());
    }

    @Test
    void nobodyVotingMeetsNoThresholdAndShowsNoPercentage() {
        Tally.Result r = new Seats().add(3, "80.00", null).count(ORDINARY);
        assertEquals(EnumSet.allOf(Condition.class), r.failed());
        assertEquals(null, r.agreementArea().percent());
    }

    // Counting rules: an owner of several units, and the developer, count once by headcount.

    @Test
    void anOwnerOfSeveralUnitsCountsOnceByHeadButWithEveryUnitsArea() {
        Tally.Result r = new Seats().of("OWNER:a", "1", "90.00", BallotChoice.FOR).of("OWNER:a", "2", "60.00", null)
                .of("OWNER:b", "1", "100.00", BallotChoice.AGAINST).count(ORDINARY);
        assertEquals(2, r.totalHeads());
        assertEquals(2, r.participatingHeads(), "a unit's ballot makes its owner take part");
        assertEquals(new BigDecimal("190.00"), r.participatingArea(), "only the voted units' area takes part");
        assertEquals(1, r.agreeingHeads());
        assertEquals(new BigDecimal("250.00"), r.totalArea());
    }

    @Test
    void theDevelopersUnitsCountAsOneHeadTogether() {
        Tally.Result r = new Seats().of(Electorate.DEVELOPER, "1", "100.00", BallotChoice.FOR)
                .of(Electorate.DEVELOPER, "2", "100.00", BallotChoice.FOR)
                .of(Electorate.DEVELOPER, "3", "100.00", BallotChoice.FOR)
                .of("OWNER:a", "1", "50.00", BallotChoice.AGAINST).of("OWNER:b", "1", "50.00", BallotChoice.AGAINST)
                .count(ORDINARY);
        assertEquals(3, r.totalHeads());
        assertEquals(Fraction.of(1, 3), r.agreementHeads(), "the developer is one owner of three");
        assertEquals("30000/40000", r.agreementArea().toString());
        assertEquals(only(Condition.AGREEMENT_HEADS), r.failed());
    }

    @Test
    void anOwnerWhoseUnitsVotedDifferentlyTakesPartWithoutAgreeing() {
        Tally.Result r = new Seats().of("OWNER:a", "1", "90.00", BallotChoice.FOR)
                .of("OWNER:a", "2", "60.00", BallotChoice.AGAINST).of("OWNER:b", "1", "100.00", BallotChoice.FOR)
                .count(ORDINARY);
        assertEquals(2, r.participatingHeads());
        assertEquals(1, r.agreeingHeads());
        assertEquals(1, r.splitHeads());
        assertEquals(new BigDecimal("190.00"), r.agreeingArea(), "the area agreeing still counts unit by unit");
    }

    @Test
    void theBreakdownByBuildingAddsUpUnitsAndAreaByChoice() {
        Tally.Result r = new Seats().of("a", "1", "90.00", BallotChoice.FOR).of("b", "1", "60.00", BallotChoice.ABSTAIN)
                .of("c", "2", "100.00", null).count(ORDINARY);
        Tally.BuildingCount first = r.buildings().get(0);
        assertEquals("1", first.buildingNumber());
        assertEquals(2, first.votedUnits());
        assertEquals(new BigDecimal("90.00"), first.forArea());
        assertEquals(new BigDecimal("60.00"), first.abstainArea());
        assertEquals(0, r.buildings().get(1).votedUnits());
    }
}
