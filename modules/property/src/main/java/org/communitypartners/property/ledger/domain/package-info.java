/** The transparent ledger (一本账) as plain Java: entries, quarter statements, their workflow, the canonical form and the hash chain. */
package org.communitypartners.property.ledger.domain;
