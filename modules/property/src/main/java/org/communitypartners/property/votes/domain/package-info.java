/** The rules of owner votes as plain Java: matters, the electorate snapshot, ballots, the exact tally. */
package org.communitypartners.property.votes.domain;
