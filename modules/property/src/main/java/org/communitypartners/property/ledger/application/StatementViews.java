package org.communitypartners.property.ledger.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.communitypartners.property.ledger.application.LedgerViews.Approval;
import org.communitypartners.property.ledger.application.LedgerViews.CategoryTotal;
import org.communitypartners.property.ledger.application.LedgerViews.EntryView;
import org.communitypartners.property.ledger.application.LedgerViews.StatementView;
import org.communitypartners.property.ledger.application.LedgerViews.StepView;
import org.communitypartners.property.ledger.application.LedgerViews.Totals;
import org.communitypartners.property.ledger.domain.AttachmentInfo;
import org.communitypartners.property.ledger.domain.CanonicalForm;
import org.communitypartners.property.ledger.domain.LedgerCategory;
import org.communitypartners.property.ledger.domain.LedgerEntry;
import org.communitypartners.property.ledger.domain.LedgerParty;
import org.communitypartners.property.ledger.domain.LedgerRepository;
import org.communitypartners.property.ledger.domain.LedgerStatement;
import org.communitypartners.property.ledger.domain.LedgerTotals;
import org.communitypartners.property.ledger.domain.StatementStatus;
import org.communitypartners.property.ledger.domain.StatementStep;

/** Builds the view of a statement (entries, totals, approvals, history, the steps open to a party) in one place. */
@ApplicationScoped
class StatementViews {

    @Inject
    LedgerRepository ledger;

    /** The hash of the statement's content as it is now: what the next approval must name. */
    String contentHash(LedgerStatement statement, List<LedgerEntry> entries) {
        return CanonicalForm.statementHash(statement.getCompoundCode(), statement.getQuarter(),
                statement.getOpeningBalance(), entries.stream().map(LedgerEntry::content).toList());
    }

    StatementView view(LedgerStatement s, String compoundName, LedgerParty party) {
        List<LedgerEntry> entries = ledger.entries(s.getId());
        Map<Long, List<AttachmentInfo>> files = ledger.attachments(entries.stream().map(LedgerEntry::getId).toList())
                .stream().collect(Collectors.groupingBy(AttachmentInfo::entryId));
        List<EntryView> rows = entries.stream().map(e -> new EntryView(e.getId(), e.getEntryDate(), e.getCategory(),
                e.getCategory().side(), e.getCategory().publicRevenue(), e.getAmount(), e.getCounterparty(),
                e.getVoucher(), e.getSummary(), e.getReversesSequence(), e.getSequence(), e.getPreviousHash(),
                e.getHash(), e.getVersion(), files.getOrDefault(e.getId(), List.of()))).toList();
        LedgerTotals computed = LedgerTotals.of(s.getOpeningBalance(), entries.stream().map(LedgerEntry::content)
                .toList());
        boolean published = s.getStatus() == StatementStatus.PUBLISHED;
        Totals totals = new Totals(s.getOpeningBalance(), published ? s.getTotalIncome() : computed.income(),
                published ? s.getTotalExpense() : computed.expense(),
                published ? s.getPublicRevenue() : computed.publicRevenue(),
                published ? s.getClosingBalance() : computed.closing(),
                Arrays.stream(LedgerCategory.values()).filter(computed.byCategory()::containsKey)
                        .map(c -> new CategoryTotal(c, c.side(), c.publicRevenue(), computed.byCategory().get(c)))
                        .toList());
        List<StepView> steps = ledger.steps(s.getId()).stream().map(r -> new StepView(r.getStep(), r.getParty(),
                r.getActor(), r.getTakenAt(), r.getContentHash(), r.getComment())).toList();
        return new StatementView(s.getId(), s.getCompoundId(), s.getCompoundCode(), compoundName, s.getQuarter(),
                s.getStatus(), contentHash(s, entries), totals,
                approval(LedgerParty.PROPERTY_COMPANY, s.getSubmittedBy(), s.getSubmittedAt(), s.getSubmittedHash()),
                approval(LedgerParty.OWNERS_COMMITTEE, s.getCommitteeBy(), s.getCommitteeAt(), s.getCommitteeHash()),
                approval(LedgerParty.NOTARY, s.getNotaryBy(), s.getNotaryAt(), s.getNotaryHash()),
                approval(LedgerParty.PROPERTY_COMPANY, s.getPublishedBy(), s.getPublishedAt(), s.getChainHead()),
                s.getReturnComment(), s.getFirstSequence(), s.getChainHead(), rows, steps, party,
                allowed(s.getStatus(), party), party == LedgerParty.PROPERTY_COMPANY && s.getStatus().editable(),
                s.getVersion());
    }

    /** The steps the party may take at this status; the statement enforces the same when one is taken. */
    static Set<StatementStep> allowed(StatementStatus status, LedgerParty party) {
        if (party == null) {
            return Set.of();
        }
        return switch (party) {
            case PROPERTY_COMPANY -> status.editable() ? EnumSet.of(StatementStep.SUBMIT)
                    : status == StatementStatus.ATTESTED ? EnumSet.of(StatementStep.PUBLISH) : Set.of();
            case OWNERS_COMMITTEE -> status == StatementStatus.SUBMITTED
                    ? EnumSet.of(StatementStep.APPROVE, StatementStep.RETURN) : Set.of();
            case NOTARY -> status == StatementStatus.REVIEWED
                    ? EnumSet.of(StatementStep.ATTEST, StatementStep.RETURN) : Set.of();
        };
    }

    private static Approval approval(LedgerParty party, String by, java.time.Instant at, String hash) {
        return by == null ? null : new Approval(party, by, at, hash);
    }
}
