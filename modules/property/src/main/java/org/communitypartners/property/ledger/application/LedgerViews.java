package org.communitypartners.property.ledger.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.communitypartners.property.ledger.domain.AttachmentInfo;
import org.communitypartners.property.ledger.domain.LedgerCategory;
import org.communitypartners.property.ledger.domain.LedgerParty;
import org.communitypartners.property.ledger.domain.LedgerSide;
import org.communitypartners.property.ledger.domain.StatementStatus;
import org.communitypartners.property.ledger.domain.StatementStep;

/** What screens, REST and the public bulletin read of the ledger. */
public final class LedgerViews {
    private LedgerViews() {
    }

    /** A compound's ledger for the signed-in caller: the party they act as (none for readers) and its statements. */
    public record CompoundLedger(long compoundId, String compoundCode, String compoundName, LedgerParty party,
                                 boolean canOpen, List<StatementSummary> statements) {
    }

    public record StatementSummary(long id, String quarter, StatementStatus status, BigDecimal openingBalance,
                                   BigDecimal closingBalance, Instant publishedAt) {
    }

    public record EntryView(long id, LocalDate date, LedgerCategory category, LedgerSide side, boolean publicRevenue,
                            BigDecimal amount, String counterparty, String voucher, String summary, Long reverses,
                            Long sequence, String previousHash, String hash, long version,
                            List<AttachmentInfo> attachments) {
    }

    /** One party's approval: who, when, and the content hash approved. */
    public record Approval(LedgerParty party, String by, Instant at, String hash) {
    }

    public record StepView(StatementStep step, LedgerParty party, String actor, Instant at, String hash,
                           String comment) {
    }

    public record CategoryTotal(LedgerCategory category, LedgerSide side, boolean publicRevenue, BigDecimal amount) {
    }

    /** Figures of a statement: computed from its entries while a draft, as sealed once published. */
    public record Totals(BigDecimal opening, BigDecimal income, BigDecimal expense, BigDecimal publicRevenue,
                         BigDecimal closing, List<CategoryTotal> byCategory) {
    }

    /**
     * A statement with its entries, totals, approvals and history; {@code contentHash} is the hash
     * of its content now, which an approval must name. {@code allowed} are the steps the caller
     * may take now.
     */
    public record StatementView(long id, long compoundId, String compoundCode, String compoundName,
                                String quarter, StatementStatus status, String contentHash, Totals totals,
                                Approval submitted, Approval committee, Approval notary, Approval published,
                                String returnComment, Long firstSequence, String chainHead, List<EntryView> entries,
                                List<StepView> steps, LedgerParty party, Set<StatementStep> allowed,
                                boolean editable, long version) {
    }

    /** A public bulletin: the compound, the company that kept the quarter shown, the quarters published, and the one shown. */
    public record Bulletin(long compoundId, String compoundCode, String compoundName, String companyName,
                           List<String> publishedQuarters, StatementView statement) {
    }

    /** What the public export holds: the compound and its published statements with their entries. */
    public record Export(String compoundCode, String compoundName, List<StatementView> statements) {
    }
}
