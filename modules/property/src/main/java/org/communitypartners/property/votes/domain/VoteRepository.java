package org.communitypartners.property.votes.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.property.domain.PropertyUnit;

/** Where votes, their electorates and ballots, and owner-account bindings are kept. */
public interface VoteRepository {

    void add(Object row);

    void remove(Object row);

    Optional<OwnerVote> vote(long id);

    List<OwnerVote> votes(long compoundId);

    /** Open and closed votes of these compounds, newest first. */
    List<OwnerVote> openedVotes(Collection<Long> compoundIds);

    /** The compound's units as the register has them now, with owners' ID-number hashes and developer marks. */
    List<Electorate.RegisterUnit> registerUnits(long compoundId);

    /** Stores a whole electorate in a few multi-row statements. */
    void addElectors(List<Elector> electors);

    Optional<Elector> elector(long voteId, long unitId);

    List<Elector> electors(long voteId, Collection<Long> unitIds);

    /** Every seat as the tally counts it, read as plain values (no entities) so 5,000 seats stay cheap. */
    List<Tally.Counted> counted(long voteId);

    long countElectors(long voteId, String text);

    List<Elector> electors(long voteId, String text, PageRequest page);

    /** Every ballot of one unit in the vote, newest first: the first counts, the rest are history. */
    List<Ballot> ballots(long voteId, long unitId);

    Optional<PaperBallotScan> scan(long id);

    Optional<PropertyUnit> unit(long id);

    Optional<PropertyUnit> unitByNumber(long compoundId, String buildingNumber, String unitNumber);

    Optional<OwnerUnitBinding> binding(long id);

    boolean bound(String username, long unitId);

    List<OwnerUnitBinding> bindings(long compoundId);

    List<OwnerUnitBinding> bindingsOf(String username);

    Optional<DeveloperUnit> developerUnit(long unitId);

    List<DeveloperUnit> developerUnits(long compoundId);
}
