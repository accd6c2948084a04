package org.communitypartners.property.votes.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.property.PropertyModule;
import org.communitypartners.property.votes.application.VoteViews.BallotView;
import org.communitypartners.property.votes.application.VoteViews.BuildingTally;
import org.communitypartners.property.votes.application.VoteViews.ElectorView;
import org.communitypartners.property.votes.application.VoteViews.RatioView;
import org.communitypartners.property.votes.application.VoteViews.ScanContent;
import org.communitypartners.property.votes.application.VoteViews.TallyView;
import org.communitypartners.property.votes.application.VoteViews.VoteView;
import org.communitypartners.property.votes.domain.Ballot;
import org.communitypartners.property.votes.domain.BallotChoice;
import org.communitypartners.property.votes.domain.BallotScan;
import org.communitypartners.property.votes.domain.Elector;
import org.communitypartners.property.votes.domain.Electorate;
import org.communitypartners.property.votes.domain.Fraction;
import org.communitypartners.property.votes.domain.MatterType;
import org.communitypartners.property.votes.domain.OwnerVote;
import org.communitypartners.property.votes.domain.PaperBallotScan;
import org.communitypartners.property.votes.domain.Tally;
import org.communitypartners.property.votes.domain.VoteRepository;
import org.communitypartners.property.votes.domain.VoteStatus;

/**
 * Owner votes for the owners' committee and community staff (who draft, open, enter paper
 * ballots and close), and the notary (who reads and co-signs the result). Everything is found
 * through the vote's compound, so another subdistrict's vote answers as not found.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF, Roles.OWNERS_COMMITTEE,
        Roles.NOTARY})
public class VoteDesk {
    private static final String BALLOT = "Ballot";

    @Inject
    VoteRepository votes;
    @Inject
    VotePlaces places;
    @Inject
    AuditTrail audit;
    @Inject
    SecurityContext security;
    @Inject
    Clock clock;

    /** A vote as the committee drafts it. */
    public record NewVote(Long compoundId, MatterType matter, String question, Boolean secret, LocalDate startsOn,
                          LocalDate endsOn) {
    }

    public List<VoteView> votes(long compoundId) {
        places.compound(compoundId);
        return votes.votes(compoundId).stream().map(places::view).toList();
    }

    public VoteView vote(long voteId) {
        return places.view(places.vote(voteId));
    }

    @RolesAllowed({Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF, Roles.OWNERS_COMMITTEE})
    public VoteView create(NewVote draft) {
        if (draft == null || draft.compoundId() == null) {
            throw new RuleViolation(PropertyModule.BUNDLE, "vote.compoundRequired");
        }
        places.compound(draft.compoundId());
        OwnerVote vote = new OwnerVote(draft.compoundId(), draft.matter(), draft.question(),
                Boolean.TRUE.equals(draft.secret()), draft.startsOn(), draft.endsOn(), places.today(), caller(),
                clock.instant());
        votes.add(vote);
        audit.success("property.vote.create", VotePlaces.VOTE, vote.getId(), vote.getMatter() + " "
                + vote.getStartsOn() + " .. " + vote.getEndsOn() + (vote.isSecret() ? " secret" : " signed"));
        return places.view(vote);
    }

    /** Opens the vote and snapshots the electorate from the register as it is now. */
    @RolesAllowed({Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF, Roles.OWNERS_COMMITTEE})
    public VoteView open(long voteId) {
        OwnerVote vote = places.vote(voteId);
        if (vote.getStatus() != VoteStatus.DRAFT) {
            throw new RuleViolation(PropertyModule.BUNDLE, "vote.notDraft");
        }
        List<Electorate.Seat> seats = Electorate.snapshot(votes.registerUnits(vote.getCompoundId()));
        BigDecimal area = seats.stream().map(s -> s.unit().area()).reduce(BigDecimal.ZERO, BigDecimal::add);
        int heads = (int) seats.stream().map(Electorate.Seat::headKey).distinct().count();
        vote.open(seats.size(), area, heads, places.today(), caller(), clock.instant());
        votes.addElectors(seats.stream().map(s -> new Elector(voteId, s)).toList());
        audit.success("property.vote.open", VotePlaces.VOTE, voteId, seats.size() + " units, "
                + area.toPlainString() + " m2, " + heads + " heads");
        return places.view(vote);
    }

    /** Closes the vote (from its last day on) and fixes the result. */
    @RolesAllowed({Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF, Roles.OWNERS_COMMITTEE})
    public VoteView close(long voteId) {
        OwnerVote vote = places.vote(voteId);
        Tally.Result result = Tally.count(vote.getMatter().qualifiedMajority(), votes.counted(voteId));
        vote.close(result, places.today(), caller(), clock.instant());
        audit.success("property.vote.close", VotePlaces.VOTE, voteId, (result.passed() ? "passed " : "failed ")
                + vote.getResultRatios());
        return places.view(vote);
    }

    /** The notary co-signs the closed result, recorded with who and when. */
    @RolesAllowed(Roles.NOTARY)
    public TallyView cosign(long voteId) {
        OwnerVote vote = places.vote(voteId);
        vote.cosign(caller(), clock.instant());
        audit.success("property.vote.cosign", VotePlaces.VOTE, voteId, vote.getResultRatios());
        return tally(vote);
    }

    public TallyView tally(long voteId) {
        return tally(places.vote(voteId));
    }

    private TallyView tally(OwnerVote vote) {
        if (vote.getStatus() == VoteStatus.DRAFT) {
            throw new RuleViolation(PropertyModule.BUNDLE, "vote.notOpened");
        }
        Tally.Result r = Tally.count(vote.getMatter().qualifiedMajority(), votes.counted(vote.getId()));
        boolean qualified = r.qualifiedMajority();
        String agreement = qualified ? "≥ 3/4" : "> 1/2";
        List<BuildingTally> buildings = r.buildings().stream().map(b -> vote.isSecret()
                ? new BuildingTally(b.buildingNumber(), b.units(), b.area(), b.votedUnits(), b.votedArea(), null, null,
                null, null, null, null)
                : new BuildingTally(b.buildingNumber(), b.units(), b.area(), b.votedUnits(), b.votedArea(),
                b.forUnits(), b.forArea(), b.againstUnits(), b.againstArea(), b.abstainUnits(), b.abstainArea()))
                .toList();
        return new TallyView(vote.getId(), vote.getStatus(), vote.getStatus() == VoteStatus.OPEN, qualified,
                r.totalArea(), r.totalHeads(), r.participatingArea(), r.participatingHeads(), r.agreeingArea(),
                r.agreeingHeads(), r.splitHeads(),
                area(Tally.Condition.PARTICIPATION_AREA, r.participatingArea(), r.totalArea(), r.participationArea(),
                        "≥ 2/3", r),
                heads(Tally.Condition.PARTICIPATION_HEADS, r.participationHeads(), "≥ 2/3", r),
                area(Tally.Condition.AGREEMENT_AREA, r.agreeingArea(), r.participatingArea(), r.agreementArea(),
                        agreement, r),
                heads(Tally.Condition.AGREEMENT_HEADS, r.agreementHeads(), agreement, r),
                r.failed().stream().map(Enum::name).toList(), r.passed(), buildings, vote.getCosignedBy(),
                vote.getCosignedAt());
    }

    private static RatioView area(Tally.Condition condition, BigDecimal part, BigDecimal whole, Fraction ratio,
                                  String threshold, Tally.Result r) {
        return new RatioView(condition.name(), part, whole, part.toPlainString() + "/" + whole.toPlainString(),
                ratio.percent(), threshold, !r.failed().contains(condition));
    }

    private static RatioView heads(Tally.Condition condition, Fraction ratio, String threshold, Tally.Result r) {
        return new RatioView(condition.name(), new BigDecimal(ratio.numerator()), new BigDecimal(ratio.denominator()),
                ratio.toString(), ratio.percent(), threshold, !r.failed().contains(condition));
    }

    public long countElectors(long voteId, String text) {
        places.vote(voteId);
        return votes.countElectors(voteId, text);
    }

    public List<ElectorView> electors(long voteId, String text, PageRequest page) {
        OwnerVote vote = places.vote(voteId);
        return votes.electors(voteId, text, page).stream().map(e -> new ElectorView(e.getUnitId(),
                e.getBuildingNumber(), e.getUnitNumber(), e.getArea(), e.isDeveloperHeld(), e.getChoice() != null,
                vote.isSecret() ? null : e.getChoice())).toList();
    }

    /** A unit's ballots, the one that counts first; choices hidden in a secret vote. */
    public List<BallotView> ballots(long voteId, long unitId) {
        OwnerVote vote = places.vote(voteId);
        Elector seat = votes.elector(voteId, unitId).orElseThrow(() -> new NotFoundInScope(BALLOT, unitId));
        return votes.ballots(voteId, unitId).stream().map(b -> new BallotView(b.getId(), b.getUnitId(),
                vote.isSecret() ? null : b.getChoice(), b.getChannel(), b.getCastBy(), b.getCastAt(), b.getScanId(),
                b.getId().equals(seat.getBallotId()))).toList();
    }

    /**
     * Enters a paper ballot with its scan; the person entering it is recorded. A later ballot for
     * the same unit (online or paper) replaces it until the vote closes.
     */
    @RolesAllowed({Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF, Roles.OWNERS_COMMITTEE})
    public ElectorView enterPaperBallot(long voteId, long unitId, BallotChoice choice, byte[] scanContent) {
        OwnerVote vote = places.vote(voteId);
        vote.requireAcceptsBallots(places.today());
        Elector seat = votes.elector(voteId, unitId).orElseThrow(() -> new NotFoundInScope(BALLOT, unitId));
        if (choice == null) {
            throw new RuleViolation(PropertyModule.BUNDLE, "vote.choiceRequired");
        }
        Instant now = clock.instant();
        PaperBallotScan scan = new PaperBallotScan(voteId, BallotScan.check(scanContent), caller(), now);
        votes.add(scan);
        Ballot ballot = Ballot.paper(seat, choice, scan, caller(), now);
        votes.add(ballot);
        seat.counts(ballot);
        votes.add(seat);
        audit.success("property.vote.paperBallot", BALLOT, ballot.getId(), "vote " + voteId + " unit "
                + seat.getBuildingNumber() + "-" + seat.getUnitNumber() + " scan " + scan.getId()
                + (vote.isSecret() ? "" : " " + choice));
        return new ElectorView(seat.getUnitId(), seat.getBuildingNumber(), seat.getUnitNumber(), seat.getArea(),
                seat.isDeveloperHeld(), true, vote.isSecret() ? null : choice);
    }

    /**
     * A paper ballot's scan, for checking it; every look is audited, for it shows how a unit voted.
     * In a secret vote only the notary may look.
     */
    @RolesAllowed({Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF, Roles.OWNERS_COMMITTEE, Roles.NOTARY})
    public ScanContent scan(long voteId, long scanId) {
        OwnerVote vote = places.vote(voteId);
        if (vote.isSecret() && !security.isCallerInRole(Roles.NOTARY)) {
            throw new NotFoundInScope("PaperBallotScan", scanId);
        }
        PaperBallotScan scan = votes.scan(scanId).filter(s -> s.getVoteId() == voteId)
                .orElseThrow(() -> new NotFoundInScope("PaperBallotScan", scanId));
        audit.success("property.vote.scanViewed", "PaperBallotScan", scanId, "vote " + voteId);
        return new ScanContent(scan.getContentType(), scan.getContent());
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }
}
