package org.communitypartners.property.votes.domain;

/** What a ballot says. An abstention takes part in the vote but does not agree. */
public enum BallotChoice {
    FOR, AGAINST, ABSTAIN;

    public boolean agrees() {
        return this == FOR;
    }
}
