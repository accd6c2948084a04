package org.communitypartners.property.votes.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.communitypartners.property.votes.domain.BallotChannel;
import org.communitypartners.property.votes.domain.BallotChoice;
import org.communitypartners.property.votes.domain.MatterType;
import org.communitypartners.property.votes.domain.VoteStatus;

/** Votes as screens and REST see them. In a secret vote no view says which unit chose what. */
public final class VoteViews {
    private VoteViews() {
    }

    /** A vote with its period, who moved it along, and its fixed result once closed. */
    public record VoteView(long id, long compoundId, String compoundName, MatterType matter, int matterItem,
                           boolean qualifiedMajority, String question, boolean secret, LocalDate startsOn,
                           LocalDate endsOn, VoteStatus status, boolean acceptingBallots, String createdBy,
                           Instant createdAt, String openedBy, Instant openedAt, Integer electorUnits,
                           BigDecimal totalArea, Integer totalHeads, String closedBy, Instant closedAt,
                           Boolean passed, String cosignedBy, Instant cosignedAt, long version) {
    }

    /**
     * One of the four ratios of a result: the exact fraction (areas in m², heads as counts), the
     * percentage for display (cut to two decimals), the threshold and whether it was met.
     */
    public record RatioView(String condition, BigDecimal numerator, BigDecimal denominator, String fraction,
                            BigDecimal percent, String threshold, boolean met) {
    }

    /** A building's units and area by ballot; the choice columns are null in a secret vote. */
    public record BuildingTally(String buildingNumber, int units, BigDecimal area, int votedUnits,
                                BigDecimal votedArea, Integer forUnits, BigDecimal forArea, Integer againstUnits,
                                BigDecimal againstArea, Integer abstainUnits, BigDecimal abstainArea) {
    }

    /**
     * The tally: provisional while the vote is open, final once closed. {@code failed} names the
     * conditions not met (PARTICIPATION_AREA, PARTICIPATION_HEADS, AGREEMENT_AREA, AGREEMENT_HEADS).
     */
    public record TallyView(long voteId, VoteStatus status, boolean provisional, boolean qualifiedMajority,
                            BigDecimal totalArea, long totalHeads, BigDecimal participatingArea,
                            long participatingHeads, BigDecimal agreeingArea, long agreeingHeads, long splitHeads,
                            RatioView participationArea, RatioView participationHeads, RatioView agreementArea,
                            RatioView agreementHeads, List<String> failed, boolean passed,
                            List<BuildingTally> buildings, String cosignedBy, Instant cosignedAt) {
    }

    /** A unit's seat; {@code choice} is null when nobody voted or when the vote is secret. */
    public record ElectorView(long unitId, String buildingNumber, String unitNumber, BigDecimal area,
                              boolean developerHeld, boolean voted, BallotChoice choice) {
    }

    /** One ballot of a unit's history; {@code choice} is null in a secret vote. */
    public record BallotView(long id, long unitId, BallotChoice choice, BallotChannel channel, String castBy,
                             Instant castAt, Long scanId, boolean counts) {
    }

    public record BindingView(long id, String username, long unitId, String buildingNumber, String unitNumber,
                              String boundBy, Instant boundAt) {
    }

    public record DeveloperUnitView(long unitId, String buildingNumber, String unitNumber, BigDecimal area,
                                    String markedBy, Instant markedAt) {
    }

    /** A unit of the signed-in owner in one vote, with the ballot that counts for it now. */
    public record OwnerSeat(long unitId, String buildingNumber, String unitNumber, BigDecimal area,
                            BallotChoice choice) {
    }

    /** A vote as the owner sees it on the phone: the question and their own units. */
    public record OwnerVoteCard(VoteView vote, List<OwnerSeat> seats) {
    }

    /** A paper ballot's scan, for staff checking it. */
    public record ScanContent(String contentType, byte[] content) {
    }
}
