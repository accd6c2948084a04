package org.communitypartners.property.votes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.communitypartners.kernel.api.CallerScope;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.web.ShanghaiTime;
import org.communitypartners.property.PropertyModule;
import org.communitypartners.property.domain.PropertyUnit;
import org.communitypartners.property.votes.application.VoteViews.VoteView;
import org.communitypartners.property.votes.domain.OwnerVote;
import org.communitypartners.property.votes.domain.VoteRepository;

/**
 * Finds compounds, units and votes for a caller the way tenancy requires: anything outside the
 * caller's subtree, or of a subdistrict with the property module off, answers as not found.
 */
@ApplicationScoped
public class VotePlaces {
    static final String COMPOUND = "Compound";
    static final String VOTE = "OwnerVote";
    static final String UNIT = "PropertyUnit";

    @Inject
    VoteRepository votes;
    @Inject
    CallerScope scope;
    @Inject
    ModuleGate gate;
    @Inject
    OrgDirectory directory;
    @Inject
    Clock clock;

    OrgUnitView compound(long compoundId) {
        return compound(compoundId, COMPOUND, compoundId);
    }

    OrgUnitView compound(long compoundId, String targetType, Object targetId) {
        OrgUnitView compound = directory.find(compoundId).filter(u -> u.level() == OrgLevel.COMPOUND)
                .orElseThrow(() -> new NotFoundInScope(targetType, targetId));
        scope.requireVisible(compoundId, targetType, targetId);
        gate.requireEnabledAt(PropertyModule.KEY, compoundId);
        return compound;
    }

    OwnerVote vote(long voteId) {
        OwnerVote vote = votes.vote(voteId).orElseThrow(() -> new NotFoundInScope(VOTE, voteId));
        compound(vote.getCompoundId(), VOTE, voteId);
        return vote;
    }

    PropertyUnit unit(long unitId) {
        PropertyUnit unit = votes.unit(unitId).orElseThrow(() -> new NotFoundInScope(UNIT, unitId));
        compound(unit.getCompoundId(), UNIT, unitId);
        return unit;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ShanghaiTime.ZONE));
    }

    VoteView view(OwnerVote v) {
        String name = directory.find(v.getCompoundId()).map(OrgUnitView::name).orElse("");
        return new VoteView(v.getId(), v.getCompoundId(), name, v.getMatter(), v.getMatter().item(),
                v.getMatter().qualifiedMajority(), v.getQuestion(), v.isSecret(), v.getStartsOn(), v.getEndsOn(),
                v.getStatus(), v.acceptsBallots(today()), v.getCreatedBy(), v.getCreatedAt(), v.getOpenedBy(),
                v.getOpenedAt(), v.getElectorUnits(), v.getTotalArea(), v.getTotalHeads(), v.getClosedBy(),
                v.getClosedAt(), v.getPassed(), v.getCosignedBy(), v.getCosignedAt(), v.getVersion());
    }
}
