package org.communitypartners.property.votes.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.communitypartners.kernel.api.AuditResult;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.property.PropertyModule;
import org.communitypartners.property.votes.application.VoteViews.OwnerSeat;
import org.communitypartners.property.votes.application.VoteViews.OwnerVoteCard;
import org.communitypartners.property.votes.domain.Ballot;
import org.communitypartners.property.votes.domain.BallotChoice;
import org.communitypartners.property.votes.domain.Elector;
import org.communitypartners.property.votes.domain.OwnerUnitBinding;
import org.communitypartners.property.votes.domain.OwnerVote;
import org.communitypartners.property.votes.domain.VoteRepository;

/**
 * The signed-in owner's side of votes: the votes of the compounds where they hold bound units,
 * and a ballot for each of their units that is in the vote's electorate. A vote or unit that is
 * not theirs answers as not found.
 */
@Stateless
@RolesAllowed(Roles.OWNER)
public class OwnerBallots {
    private static final String SEAT = "Elector";

    @Inject
    VoteRepository votes;
    @Inject
    VotePlaces places;
    @Inject
    ModuleGate gate;
    @Inject
    AuditTrail audit;
    @Inject
    SecurityContext security;
    @Inject
    Clock clock;

    /** Open and closed votes where the owner has a seat, newest first, with their units' ballots. */
    public List<OwnerVoteCard> myVotes() {
        Map<Long, List<Long>> unitsByCompound = votes.bindingsOf(caller()).stream()
                .filter(b -> gate.isEnabledAt(PropertyModule.KEY, b.getCompoundId()))
                .collect(Collectors.groupingBy(OwnerUnitBinding::getCompoundId,
                        Collectors.mapping(OwnerUnitBinding::getUnitId, Collectors.toList())));
        return votes.openedVotes(unitsByCompound.keySet()).stream().map(v -> {
            List<OwnerSeat> seats = votes.electors(v.getId(), unitsByCompound.get(v.getCompoundId())).stream()
                    .map(OwnerBallots::seat).toList();
            return new OwnerVoteCard(places.view(v), seats);
        }).filter(card -> !card.seats().isEmpty()).toList();
    }

    /** Casts or changes the ballot of one of the owner's units; the last one before closing counts. */
    public OwnerSeat cast(long voteId, long unitId, BallotChoice choice) {
        String owner = caller();
        OwnerVote vote = votes.vote(voteId).orElseThrow(() -> new NotFoundInScope(VotePlaces.VOTE, voteId));
        Set<Long> mine = votes.bindingsOf(owner).stream().map(OwnerUnitBinding::getUnitId).collect(Collectors.toSet());
        if (!mine.contains(unitId)) {
            audit.record("access", SEAT, voteId + "/" + unitId, AuditResult.DENIED, "not a unit of the owner");
            throw new NotFoundInScope(SEAT, voteId + "/" + unitId);
        }
        Elector seat = votes.elector(voteId, unitId)
                .orElseThrow(() -> new NotFoundInScope(SEAT, voteId + "/" + unitId));
        places.compound(vote.getCompoundId(), VotePlaces.VOTE, voteId);
        vote.requireAcceptsBallots(places.today());
        Ballot ballot = Ballot.online(seat, choice, owner, clock.instant());
        votes.add(ballot);
        seat.counts(ballot);
        votes.add(seat);
        audit.success("property.vote.ballot", "Ballot", ballot.getId(), "vote " + voteId + " unit "
                + seat.getBuildingNumber() + "-" + seat.getUnitNumber() + (vote.isSecret() ? "" : " " + choice));
        return seat(seat);
    }

    private static OwnerSeat seat(Elector e) {
        return new OwnerSeat(e.getUnitId(), e.getBuildingNumber(), e.getUnitNumber(), e.getArea(), e.getChoice());
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }
}
