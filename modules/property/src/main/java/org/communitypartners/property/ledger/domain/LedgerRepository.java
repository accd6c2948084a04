package org.communitypartners.property.ledger.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where statements, entries, their vouchers and the steps taken are kept. */
public interface LedgerRepository {

    void add(Object row);

    void remove(LedgerEntry entry);

    Optional<LedgerStatement> statement(long id);

    /** The statement, locked against a concurrent step or publication. */
    Optional<LedgerStatement> statementForUpdate(long id);

    Optional<LedgerStatement> statement(long compoundId, String quarter);

    /** The compound's statements, newest quarter first. */
    List<LedgerStatement> statements(long compoundId);

    List<LedgerStatement> publishedStatements(long compoundId);

    Optional<LedgerStatement> lastPublished(long compoundId);

    boolean hasOpenStatement(long compoundId);

    Optional<LedgerEntry> entry(long id);

    /** A statement's entries in statement order: by date, then as entered. */
    List<LedgerEntry> entries(long statementId);

    /** The compound's published entry with that sequence number. */
    Optional<LedgerEntry> published(long compoundId, long sequence);

    boolean reversed(long compoundId, long sequence);

    /**
     * A page of the compound's published entries in sequence order (ties, which only tampering
     * makes, by row id), counted by position so a duplicated sequence number is read too.
     */
    List<ChainLink> publishedPage(long compoundId, int first, int limit);

    List<AttachmentInfo> attachments(List<Long> entryIds);

    /** Compounds whose property service the partner holds under a contract in force on the day. */
    List<Long> compoundsServedBy(long partnerId, LocalDate day);

    Optional<LedgerAttachment> attachment(long id);

    List<LedgerStepRecord> steps(long statementId);
}
