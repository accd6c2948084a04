/** Where votes, electors, ballots, scans and owner-account bindings are kept (JPA). */
package org.communitypartners.property.votes.infrastructure;
