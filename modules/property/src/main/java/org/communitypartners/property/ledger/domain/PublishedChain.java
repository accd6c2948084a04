package org.communitypartners.property.ledger.domain;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** A compound's published entries in sequence order, read from the repository in batches as they are walked. */
public final class PublishedChain implements Iterator<ChainLink> {
    private final LedgerRepository ledger;
    private final long compoundId;
    private final int batchSize;
    private List<ChainLink> batch = List.of();
    private int next;
    private int read;
    private boolean exhausted;

    public PublishedChain(LedgerRepository ledger, long compoundId, int batchSize) {
        this.ledger = ledger;
        this.compoundId = compoundId;
        this.batchSize = batchSize;
    }

    @Override
    public boolean hasNext() {
        if (next < batch.size()) {
            return true;
        }
        if (exhausted) {
            return false;
        }
        batch = ledger.publishedPage(compoundId, read, batchSize);
        read += batch.size();
        next = 0;
        exhausted = batch.size() < batchSize;
        return !batch.isEmpty();
    }

    @Override
    public ChainLink next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return batch.get(next++);
    }
}
