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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.communitypartners.kernel.api.indicators.Quarter;

/**
 * A compound's statement for one quarter and its workflow: the property company drafts and
 * submits, the owners' committee approves or returns it with comments, the notary attests (or
 * returns), and the property company publishes. Each approval keeps who, when and the content
 * hash approved; a step refuses when the content no longer hashes to what was submitted and
 * approved. Publishing seals the entries into the compound's chain and fixes the totals.
 */
@Entity
@Table(name = "property_ledger_statement")
public class LedgerStatement {
    public static final int COMMENT_MIN = 2;
    public static final int COMMENT_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "compound_id", nullable = false, updatable = false)
    private long compoundId;

    @Column(name = "compound_code", nullable = false, updatable = false, length = 15)
    private String compoundCode;

    @Column(name = "quarter", nullable = false, updatable = false, length = 6)
    private String quarter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private StatementStatus status;

    /** The property company that keeps this quarter's ledger, as it was named when the draft was opened. */
    @Column(name = "company_name", nullable = false, updatable = false, length = 200)
    private String companyName;

    @Column(name = "opening_balance", nullable = false, precision = 14, scale = 2)
    private BigDecimal openingBalance;

    @Column(name = "drafted_by", nullable = false, length = 64)
    private String draftedBy;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    @Column(name = "submitted_by", length = 64)
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_hash", length = 64)
    private String submittedHash;

    @Column(name = "committee_by", length = 64)
    private String committeeBy;

    @Column(name = "committee_at")
    private Instant committeeAt;

    @Column(name = "committee_hash", length = 64)
    private String committeeHash;

    @Column(name = "notary_by", length = 64)
    private String notaryBy;

    @Column(name = "notary_at")
    private Instant notaryAt;

    @Column(name = "notary_hash", length = 64)
    private String notaryHash;

    @Column(name = "return_comment", length = COMMENT_MAX)
    private String returnComment;

    @Column(name = "published_by", length = 64)
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "entry_count")
    private Integer entryCount;

    @Column(name = "first_sequence")
    private Long firstSequence;

    @Column(name = "total_income", precision = 14, scale = 2)
    private BigDecimal totalIncome;

    @Column(name = "total_expense", precision = 14, scale = 2)
    private BigDecimal totalExpense;

    @Column(name = "public_revenue", precision = 14, scale = 2)
    private BigDecimal publicRevenue;

    @Column(name = "closing_balance", precision = 14, scale = 2)
    private BigDecimal closingBalance;

    @Column(name = "chain_head", length = 64)
    private String chainHead;

    @Version
    private long version;

    protected LedgerStatement() {
    }

    /**
     * A new draft. Its opening balance is the closing balance of the compound's last published
     * statement, or, for its first statement, the balance carried over from before.
     */
    public LedgerStatement(long compoundId, String compoundCode, String companyName, Quarter quarter,
                           BigDecimal openingBalance, String draftedBy, Instant draftedAt) {
        this.compoundId = compoundId;
        this.compoundCode = compoundCode;
        this.companyName = companyName;
        this.quarter = quarter.toString();
        this.openingBalance = LedgerEntry.money(openingBalance, true);
        this.status = StatementStatus.DRAFT;
        this.draftedBy = draftedBy;
        this.draftedAt = draftedAt;
    }

    /** The property company hands the draft to the committee; the hash fixes what it submitted. */
    public void submit(LedgerParty party, String who, Instant at, String contentHash, int entries) {
        require(party, LedgerParty.PROPERTY_COMPANY, StatementStep.SUBMIT);
        if (!status.editable()) {
            throw refused(StatementStep.SUBMIT);
        }
        if (entries == 0) {
            throw LedgerRules.violation("ledger.noEntries");
        }
        status = StatementStatus.SUBMITTED;
        submittedBy = who;
        submittedAt = at;
        submittedHash = contentHash;
        returnComment = null;
    }

    /** The committee approves the content it read, named by its hash. */
    public void approve(LedgerParty party, String who, Instant at, String approvedHash, String currentHash) {
        require(party, LedgerParty.OWNERS_COMMITTEE, StatementStep.APPROVE);
        if (status != StatementStatus.SUBMITTED) {
            throw refused(StatementStep.APPROVE);
        }
        matches(approvedHash, currentHash, submittedHash);
        status = StatementStatus.REVIEWED;
        committeeBy = who;
        committeeAt = at;
        committeeHash = approvedHash;
    }

    /** The notary attests the content the committee approved, named by its hash. */
    public void attest(LedgerParty party, String who, Instant at, String attestedHash, String currentHash) {
        require(party, LedgerParty.NOTARY, StatementStep.ATTEST);
        if (status != StatementStatus.REVIEWED) {
            throw refused(StatementStep.ATTEST);
        }
        matches(attestedHash, currentHash, committeeHash);
        status = StatementStatus.ATTESTED;
        notaryBy = who;
        notaryAt = at;
        notaryHash = attestedHash;
    }

    /**
     * The committee (while it reviews) or the notary (while it attests) sends the statement back
     * with its comments; every approval given so far lapses, since the content will change.
     */
    public void sendBack(LedgerParty party, String who, Instant at, String comment) {
        boolean committee = party == LedgerParty.OWNERS_COMMITTEE && status == StatementStatus.SUBMITTED;
        boolean notary = party == LedgerParty.NOTARY && status == StatementStatus.REVIEWED;
        if (party == LedgerParty.PROPERTY_COMPANY) {
            throw LedgerRules.violation("ledger.notYourStep", StatementStep.RETURN.name());
        }
        if (!committee && !notary) {
            throw refused(StatementStep.RETURN);
        }
        String stripped = comment == null ? "" : comment.strip();
        if (stripped.length() < COMMENT_MIN || stripped.length() > COMMENT_MAX) {
            throw LedgerRules.violation("ledger.comment", COMMENT_MIN, COMMENT_MAX);
        }
        status = StatementStatus.RETURNED;
        returnComment = stripped;
        submittedHash = null;
        committeeBy = null;
        committeeAt = null;
        committeeHash = null;
        notaryBy = null;
        notaryAt = null;
        notaryHash = null;
    }

    /**
     * Publishes: the content must still be what the committee approved and the notary attested.
     * The entries (in statement order) are sealed into the compound's chain after
     * {@code previousHash}, from {@code firstSequence} on; the statement keeps totals and head.
     */
    public List<ChainLink> publish(LedgerParty party, String who, Instant at, String currentHash,
                                   List<LedgerEntry> entries, long firstSequence, String previousHash) {
        require(party, LedgerParty.PROPERTY_COMPANY, StatementStep.PUBLISH);
        if (status != StatementStatus.ATTESTED) {
            throw refused(StatementStep.PUBLISH);
        }
        if (!currentHash.equals(committeeHash) || !currentHash.equals(notaryHash)) {
            throw LedgerRules.violation("ledger.approvalMismatch");
        }
        List<ChainLink> links = new ArrayList<>();
        String previous = previousHash;
        long sequence = firstSequence;
        for (LedgerEntry entry : entries) {
            ChainLink link = entry.seal(sequence++, previous);
            links.add(link);
            previous = link.hash();
        }
        LedgerTotals totals = LedgerTotals.of(openingBalance, entries.stream().map(LedgerEntry::content).toList());
        status = StatementStatus.PUBLISHED;
        publishedBy = who;
        publishedAt = at;
        entryCount = entries.size();
        this.firstSequence = firstSequence;
        totalIncome = totals.income();
        totalExpense = totals.expense();
        publicRevenue = totals.publicRevenue();
        closingBalance = totals.closing();
        chainHead = previous;
        return links;
    }

    /** What the statement recorded when it was published, for verification. */
    public StatementSeal seal() {
        return new StatementSeal(quarter, entryCount, chainHead, openingBalance, totalIncome, totalExpense,
                closingBalance, committeeHash, notaryHash);
    }

    public Quarter quarterValue() {
        return quarterOf(quarter);
    }

    /** A quarter as people type it ({@code 2026Q3}, any case); anything else is a broken rule. */
    public static Quarter quarterOf(String text) {
        return Quarter.parse(text == null ? "" : text.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> LedgerRules.violation("ledger.quarter"));
    }

    private void require(LedgerParty party, LedgerParty expected, StatementStep step) {
        if (party != expected) {
            throw LedgerRules.violation("ledger.notYourStep", step.name());
        }
    }

    private RuntimeException refused(StatementStep step) {
        return LedgerRules.violation("ledger.stepRefused", step.name(), status.name());
    }

    /** The hash a party names must be the content as it is now, and as the previous party approved it. */
    private static void matches(String named, String current, String before) {
        if (named == null || !named.equalsIgnoreCase(current) || !current.equals(before)) {
            throw LedgerRules.violation("ledger.hashChanged");
        }
    }

    public Long getId() {
        return id;
    }

    public long getCompoundId() {
        return compoundId;
    }

    public String getCompoundCode() {
        return compoundCode;
    }

    public String getCompanyName() {
        return companyName;
    }

    public String getQuarter() {
        return quarter;
    }

    public StatementStatus getStatus() {
        return status;
    }

    public BigDecimal getOpeningBalance() {
        return openingBalance;
    }

    public String getDraftedBy() {
        return draftedBy;
    }

    public Instant getDraftedAt() {
        return draftedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedHash() {
        return submittedHash;
    }

    public String getCommitteeBy() {
        return committeeBy;
    }

    public Instant getCommitteeAt() {
        return committeeAt;
    }

    public String getCommitteeHash() {
        return committeeHash;
    }

    public String getNotaryBy() {
        return notaryBy;
    }

    public Instant getNotaryAt() {
        return notaryAt;
    }

    public String getNotaryHash() {
        return notaryHash;
    }

    public String getReturnComment() {
        return returnComment;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Integer getEntryCount() {
        return entryCount;
    }

    public Long getFirstSequence() {
        return firstSequence;
    }

    public BigDecimal getTotalIncome() {
        return totalIncome;
    }

    public BigDecimal getTotalExpense() {
        return totalExpense;
    }

    public BigDecimal getPublicRevenue() {
        return publicRevenue;
    }

    public BigDecimal getClosingBalance() {
        return closingBalance;
    }

    public String getChainHead() {
        return chainHead;
    }

    public long getVersion() {
        return version;
    }
}
