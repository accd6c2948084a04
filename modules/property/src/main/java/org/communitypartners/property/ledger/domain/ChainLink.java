package org.communitypartners.property.ledger.domain;

/** A published entry as stored: its place in the chain, the hashes recorded with it, and its content. */
public record ChainLink(long sequence, String previousHash, String hash, EntryContent content) {
}
