/** The ledger's use cases: the three parties' desk (drafting, review, attestation, publication) and the public bulletin, export and verification. */
package org.communitypartners.property.ledger.application;
