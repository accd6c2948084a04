package org.communitypartners.property.votes.domain;

/** A vote is drafted, opened (the electorate is snapshotted), then closed (ballots end, the result is fixed). */
public enum VoteStatus {
    DRAFT, OPEN, CLOSED
}
