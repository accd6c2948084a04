package org.communitypartners.property.ledger.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One income or expense item of a compound's quarter. While its statement is a draft the
 * property company may change or remove it; once published it is sealed into the chain and can
 * never change again (refused here and again before any update reaches the database): a mistake
 * is corrected by a reversing entry in a later quarter, which carries the negative amount of the
 * entry it reverses.
 */
@Entity
@Table(name = "property_ledger_entry")
public class LedgerEntry {
    public static final int COUNTERPARTY_MAX = 100;
    public static final int VOUCHER_MAX = 40;
    public static final int SUMMARY_MAX = 200;
    public static final int MAX_ATTACHMENTS = 5;
    private static final BigDecimal LIMIT = new BigDecimal("1000000000000");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "statement_id", nullable = false, updatable = false)
    private Long statementId;

    @Column(name = "compound_id", nullable = false, updatable = false)
    private long compoundId;

    @Column(name = "compound_code", nullable = false, updatable = false, length = 15)
    private String compoundCode;

    @Column(name = "quarter", nullable = false, updatable = false, length = 6)
    private String quarter;

    @Column(name = "entry_date", nullable = false)
    private LocalDate entryDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LedgerCategory category;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = COUNTERPARTY_MAX)
    private String counterparty;

    @Column(nullable = false, length = VOUCHER_MAX)
    private String voucher;

    @Column(nullable = false, length = SUMMARY_MAX)
    private String summary;

    @Column(name = "reverses_sequence", updatable = false)
    private Long reversesSequence;

    @Column(name = "attachment_hashes", nullable = false, length = MAX_ATTACHMENTS * 65)
    private String attachmentHashes = "";

    @Column(name = "sequence_no")
    private Long sequence;

    @Column(name = "previous_hash", length = 64)
    private String previousHash;

    @Column(name = "entry_hash", length = 64)
    private String hash;

    @Version
    private long version;

    @Transient
    private boolean publishedWhenLoaded;

    protected LedgerEntry() {
    }

    public LedgerEntry(LedgerStatement statement, LocalDate entryDate, LedgerCategory category, BigDecimal amount,
                       String counterparty, String voucher, String summary) {
        this(statement, null);
        revise(statement, entryDate, category, amount, counterparty, voucher, summary);
    }

    /** A correction: the negative of a published entry of an earlier quarter, in the same category. */
    public static LedgerEntry reversing(LedgerStatement statement, ChainLink original, LocalDate entryDate,
                                        String voucher, String summary) {
        if (original.content().reverses() != null) {
            throw LedgerRules.violation("ledger.reverseReversal", original.sequence());
        }
        if (LedgerStatement.quarterOf(original.content().quarter()).compareTo(statement.quarterValue()) >= 0) {
            throw LedgerRules.violation("ledger.reverseLater");
        }
        LedgerEntry entry = new LedgerEntry(statement, original.sequence());
        entry.fill(statement, entryDate, original.content().category(), original.content().amount().negate(),
                original.content().counterparty(), voucher, summary);
        return entry;
    }

    private LedgerEntry(LedgerStatement statement, Long reversesSequence) {
        this.statementId = statement.getId();
        this.compoundId = statement.getCompoundId();
        this.compoundCode = statement.getCompoundCode();
        this.quarter = statement.getQuarter();
        this.reversesSequence = reversesSequence;
    }

    /** Changes a draft entry; a reversing entry keeps its category and amount. */
    public void revise(LedgerStatement statement, LocalDate entryDate, LedgerCategory category, BigDecimal amount,
                       String counterparty, String voucher, String summary) {
        refuseIfSealed(statement);
        if (reversesSequence != null) {
            fill(statement, entryDate, this.category, this.amount, this.counterparty, voucher, summary);
            return;
        }
        BigDecimal value = money(amount, false);
        if (value.signum() <= 0) {
            throw LedgerRules.violation("ledger.amountPositive");
        }
        fill(statement, entryDate, category, value, counterparty, voucher, summary);
    }

    private void fill(LedgerStatement statement, LocalDate date, LedgerCategory kind, BigDecimal value,
                      String party, String voucherNumber, String text) {
        if (!statement.quarterValue().contains(date)) {
            throw LedgerRules.violation("ledger.dateOutsideQuarter", statement.getQuarter());
        }
        if (kind == null) {
            throw LedgerRules.violation("ledger.category");
        }
        this.entryDate = date;
        this.category = kind;
        this.amount = value;
        this.counterparty = LedgerRules.line(party, COUNTERPARTY_MAX, true, "ledger.counterparty");
        this.voucher = LedgerRules.line(voucherNumber, VOUCHER_MAX, true, "ledger.voucher");
        this.summary = LedgerRules.line(text, SUMMARY_MAX, false, "ledger.summary");
    }

    /** Refuses any change once the entry is published or its statement is out of the drafter's hands. */
    public void refuseIfSealed(LedgerStatement statement) {
        if (hash != null) {
            throw LedgerRules.violation("ledger.entryPublished", sequence);
        }
        if (!statement.getStatus().editable()) {
            throw LedgerRules.violation("ledger.statementLocked", statement.getStatus().name());
        }
    }

    /** Records a voucher file's SHA-256 in the entry's content. */
    public void attach(LedgerStatement statement, String sha256) {
        refuseIfSealed(statement);
        List<String> hashes = attachments();
        if (hashes.size() == MAX_ATTACHMENTS) {
            throw LedgerRules.violation("ledger.tooManyAttachments", MAX_ATTACHMENTS);
        }
        hashes.add(sha256);
        attachmentHashes = String.join(",", hashes);
    }

    ChainLink seal(long sequenceNumber, String previous) {
        sequence = sequenceNumber;
        previousHash = previous;
        hash = CanonicalForm.entryHash(sequenceNumber, previous, content());
        return new ChainLink(sequence, previousHash, hash, content());
    }

    @PostLoad
    void loaded() {
        publishedWhenLoaded = hash != null;
    }

    /** The last line of defence: whatever path tried it, a published entry is not written again. */
    @PreUpdate
    @PreRemove
    void refuseWriteOfPublished() {
        if (publishedWhenLoaded) {
            throw LedgerRules.violation("ledger.entryPublished", sequence);
        }
    }

    public EntryContent content() {
        return new EntryContent(compoundCode, quarter, entryDate, category, amount, counterparty, voucher, summary,
                reversesSequence, attachments());
    }

    public ChainLink link() {
        return new ChainLink(sequence, previousHash, hash, content());
    }

    private List<String> attachments() {
        return attachmentHashes.isEmpty() ? new ArrayList<>()
                : new ArrayList<>(Arrays.asList(attachmentHashes.split(",")));
    }

    /** Yuan with at most two decimals, within DECIMAL(14,2); zero only where allowed. */
    static BigDecimal money(BigDecimal value, boolean zeroAllowed) {
        if (value == null || (!zeroAllowed && value.signum() == 0)) {
            throw LedgerRules.violation("ledger.amount");
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > 2 || value.abs().compareTo(LIMIT) >= 0) {
            throw LedgerRules.violation("ledger.amount");
        }
        return value.setScale(2);
    }

    public Long getId() {
        return id;
    }

    public Long getStatementId() {
        return statementId;
    }

    public long getCompoundId() {
        return compoundId;
    }

    public String getQuarter() {
        return quarter;
    }

    public LocalDate getEntryDate() {
        return entryDate;
    }

    public LedgerCategory getCategory() {
        return category;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCounterparty() {
        return counterparty;
    }

    public String getVoucher() {
        return voucher;
    }

    public String getSummary() {
        return summary;
    }

    public Long getReversesSequence() {
        return reversesSequence;
    }

    public Long getSequence() {
        return sequence;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }

    public boolean isPublished() {
        return hash != null;
    }

    public long getVersion() {
        return version;
    }
}
