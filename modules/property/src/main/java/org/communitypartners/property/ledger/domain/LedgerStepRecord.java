package org.communitypartners.property.ledger.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One step taken on a statement, kept for good: who, as which party, when, on which content hash, and why. */
@Entity
@Table(name = "property_ledger_step")
public class LedgerStepRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "statement_id", nullable = false, updatable = false)
    private long statementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private StatementStep step;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private LedgerParty party;

    @Column(nullable = false, updatable = false, length = 64)
    private String actor;

    @Column(name = "taken_at", nullable = false, updatable = false)
    private Instant takenAt;

    @Column(name = "content_hash", updatable = false, length = 64)
    private String contentHash;

    @Column(name = "step_comment", updatable = false, length = LedgerStatement.COMMENT_MAX)
    private String comment;

    @Version
    private long version;

    protected LedgerStepRecord() {
    }

    public LedgerStepRecord(long statementId, StatementStep step, LedgerParty party, String actor, Instant takenAt,
                            String contentHash, String comment) {
        this.statementId = statementId;
        this.step = step;
        this.party = party;
        this.actor = actor;
        this.takenAt = takenAt;
        this.contentHash = contentHash;
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }

    public long getStatementId() {
        return statementId;
    }

    public StatementStep getStep() {
        return step;
    }

    public LedgerParty getParty() {
        return party;
    }

    public String getActor() {
        return actor;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getComment() {
        return comment;
    }

    public long getVersion() {
        return version;
    }
}
