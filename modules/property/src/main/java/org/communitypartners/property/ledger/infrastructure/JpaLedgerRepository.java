package org.communitypartners.property.ledger.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.communitypartners.property.infrastructure.PropertyPersistence;
import org.communitypartners.property.ledger.domain.AttachmentInfo;
import org.communitypartners.property.ledger.domain.ChainLink;
import org.communitypartners.property.ledger.domain.LedgerAttachment;
import org.communitypartners.property.ledger.domain.LedgerEntry;
import org.communitypartners.property.ledger.domain.LedgerRepository;
import org.communitypartners.property.ledger.domain.LedgerStatement;
import org.communitypartners.property.ledger.domain.LedgerStepRecord;
import org.communitypartners.property.ledger.domain.StatementStatus;

@ApplicationScoped
public class JpaLedgerRepository implements LedgerRepository {

    @PersistenceContext(unitName = PropertyPersistence.UNIT)
    private EntityManager em;

    @Override
    public void add(Object row) {
        em.persist(row);
        em.flush();
    }

    @Override
    public void remove(LedgerEntry entry) {
        em.remove(entry);
        em.flush();
    }

    @Override
    public Optional<LedgerStatement> statement(long id) {
        return Optional.ofNullable(em.find(LedgerStatement.class, id));
    }

    @Override
    public Optional<LedgerStatement> statementForUpdate(long id) {
        return Optional.ofNullable(em.find(LedgerStatement.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<LedgerStatement> statement(long compoundId, String quarter) {
        return em.createQuery("SELECT s FROM LedgerStatement s WHERE s.compoundId = :compound AND s.quarter = :quarter",
                LedgerStatement.class).setParameter("compound", compoundId).setParameter("quarter", quarter)
                .getResultStream().findFirst();
    }

    @Override
    public List<LedgerStatement> statements(long compoundId) {
        return em.createQuery("SELECT s FROM LedgerStatement s WHERE s.compoundId = :compound ORDER BY s.quarter DESC",
                LedgerStatement.class).setParameter("compound", compoundId).getResultList();
    }

    @Override
    public List<LedgerStatement> publishedStatements(long compoundId) {
        return em.createQuery("SELECT s FROM LedgerStatement s WHERE s.compoundId = :compound AND s.status = :published"
                + " ORDER BY s.quarter", LedgerStatement.class).setParameter("compound", compoundId)
                .setParameter("published", StatementStatus.PUBLISHED).getResultList();
    }

    @Override
    public Optional<LedgerStatement> lastPublished(long compoundId) {
        return em.createQuery("SELECT s FROM LedgerStatement s WHERE s.compoundId = :compound AND s.status = :published"
                + " ORDER BY s.quarter DESC", LedgerStatement.class).setParameter("compound", compoundId)
                .setParameter("published", StatementStatus.PUBLISHED).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public boolean hasOpenStatement(long compoundId) {
        return !em.createQuery("SELECT s.id FROM LedgerStatement s WHERE s.compoundId = :compound"
                + " AND s.status <> :published", Long.class).setParameter("compound", compoundId)
                .setParameter("published", StatementStatus.PUBLISHED).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public Optional<LedgerEntry> entry(long id) {
        return Optional.ofNullable(em.find(LedgerEntry.class, id));
    }

    @Override
    public List<LedgerEntry> entries(long statementId) {
        return em.createQuery("SELECT e FROM LedgerEntry e WHERE e.statementId = :statement"
                + " ORDER BY e.entryDate, e.id", LedgerEntry.class).setParameter("statement", statementId)
                .getResultList();
    }

    @Override
    public Optional<LedgerEntry> published(long compoundId, long sequence) {
        return em.createQuery("SELECT e FROM LedgerEntry e WHERE e.compoundId = :compound AND e.sequence = :sequence",
                LedgerEntry.class).setParameter("compound", compoundId).setParameter("sequence", sequence)
                .getResultStream().findFirst();
    }

    @Override
    public boolean reversed(long compoundId, long sequence) {
        return !em.createQuery("SELECT e.id FROM LedgerEntry e WHERE e.compoundId = :compound"
                + " AND e.reversesSequence = :sequence", Long.class).setParameter("compound", compoundId)
                .setParameter("sequence", sequence).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<ChainLink> publishedPage(long compoundId, int first, int limit) {
        // Read as plain rows, not managed entities: 100,000 of them must not fill the persistence context.
        return em.createQuery("SELECT e FROM LedgerEntry e WHERE e.compoundId = :compound AND e.sequence IS NOT NULL"
                + " ORDER BY e.sequence, e.id", LedgerEntry.class).setParameter("compound", compoundId)
                .setHint("eclipselink.read-only", "true").setFirstResult(first).setMaxResults(limit)
                .getResultList().stream().map(LedgerEntry::link).toList();
    }

    @Override
    public List<AttachmentInfo> attachments(List<Long> entryIds) {
        if (entryIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT NEW org.communitypartners.property.ledger.domain.AttachmentInfo(a.id, a.entryId,"
                + " a.fileName, a.contentType, a.sizeBytes, a.sha256) FROM LedgerAttachment a"
                + " WHERE a.entryId IN :entries ORDER BY a.entryId, a.id", AttachmentInfo.class)
                .setParameter("entries", entryIds).getResultList();
    }

    @Override
    public List<Long> compoundsServedBy(long partnerId, LocalDate day) {
        return em.createQuery("SELECT DISTINCT c.compoundId FROM ServiceContract c WHERE c.partnerId = :partner"
                + " AND c.startsOn <= :day AND c.endsOn >= :day", Long.class).setParameter("partner", partnerId)
                .setParameter("day", day).getResultList();
    }

    @Override
    public Optional<LedgerAttachment> attachment(long id) {
        return Optional.ofNullable(em.find(LedgerAttachment.class, id));
    }

    @Override
    public List<LedgerStepRecord> steps(long statementId) {
        return em.createQuery("SELECT r FROM LedgerStepRecord r WHERE r.statementId = :statement ORDER BY r.id",
                LedgerStepRecord.class).setParameter("statement", statementId).getResultList();
    }
}
