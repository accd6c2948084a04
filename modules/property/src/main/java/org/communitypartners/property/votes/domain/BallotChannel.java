package org.communitypartners.property.votes.domain;

/** How a ballot arrived: cast online by the owner, or entered by staff from a paper ballot and its scan. */
public enum BallotChannel {
    ONLINE, PAPER
}
