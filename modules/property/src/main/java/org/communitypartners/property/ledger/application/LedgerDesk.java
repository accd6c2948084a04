package org.communitypartners.property.ledger.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PartnerStaffAccounts;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.kernel.api.indicators.Quarter;
import org.communitypartners.partners.api.PartnerLookup;
import org.communitypartners.partners.api.PartnerView;
import org.communitypartners.property.PropertyModule;
import org.communitypartners.property.ledger.application.LedgerAccess.Standing;
import org.communitypartners.property.ledger.application.LedgerViews.CompoundLedger;
import org.communitypartners.property.ledger.application.LedgerViews.StatementSummary;
import org.communitypartners.property.ledger.application.LedgerViews.StatementView;
import org.communitypartners.property.ledger.domain.AttachmentCheck;
import org.communitypartners.property.ledger.domain.AttachmentInfo;
import org.communitypartners.property.ledger.domain.CanonicalForm;
import org.communitypartners.property.ledger.domain.ChainLink;
import org.communitypartners.property.ledger.domain.LedgerAttachment;
import org.communitypartners.property.ledger.domain.LedgerCategory;
import org.communitypartners.property.ledger.domain.LedgerEntry;
import org.communitypartners.property.ledger.domain.LedgerParty;
import org.communitypartners.property.ledger.domain.LedgerRepository;
import org.communitypartners.property.ledger.domain.LedgerStatement;
import org.communitypartners.property.ledger.domain.LedgerStepRecord;
import org.communitypartners.property.ledger.domain.StatementStep;

/**
 * The three parties' desk for a compound's ledger: the property company drafts a quarter's
 * statement, enters items with their vouchers and submits it; the owners' committee approves or
 * returns it with comments; the notary attests; the property company publishes it into the
 * compound's hash chain. Subdistrict and community staff read. Every write is audited; a compound
 * or statement the caller has no standing at answers as not found.
 */
@Stateless
@RolesAllowed({Roles.PARTNER_STAFF, Roles.OWNERS_COMMITTEE, Roles.NOTARY, Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN,
        Roles.COMMUNITY_STAFF})
public class LedgerDesk {
    static final String STATEMENT = "LedgerStatement";
    static final String ENTRY = "LedgerEntry";
    private static final int SUGGESTIONS = 20;

    @Inject
    LedgerRepository ledger;
    @Inject
    LedgerAccess access;
    @Inject
    StatementViews views;
    @Inject
    OrgDirectory directory;
    @Inject
    PartnerStaffAccounts staffAccounts;
    @Inject
    PartnerLookup partners;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /** An item as the property company enters it. */
    public record EntryDraft(LocalDate date, LedgerCategory category, BigDecimal amount, String counterparty,
                             String voucher, String summary) {
    }

    /** Compounds whose ledger the caller may open, by name or code: the ones their company serves, or their subtree's. */
    public List<OrgUnitView> compounds(String text) {
        if (!access.isStaff() && staffAccounts.callerPartnerId().isPresent()) {
            String wanted = text == null ? "" : text.strip();
            return ledger.compoundsServedBy(staffAccounts.callerPartnerId().get(), access.today()).stream()
                    .map(directory::find).flatMap(Optional::stream)
                    .filter(u -> u.name().contains(wanted) || u.code().contains(wanted)).limit(SUGGESTIONS).toList();
        }
        return directory.searchVisible(text, OrgLevel.COMPOUND, SUGGESTIONS);
    }

    public CompoundLedger compound(long compoundId) {
        Standing standing = access.at(compoundId, LedgerAccess.COMPOUND, compoundId);
        List<StatementSummary> statements = ledger.statements(compoundId).stream()
                .map(s -> new StatementSummary(s.getId(), s.getQuarter(), s.getStatus(), s.getOpeningBalance(),
                        s.getClosingBalance(), s.getPublishedAt())).toList();
        boolean canOpen = standing.party().orElse(null) == LedgerParty.PROPERTY_COMPANY
                && !ledger.hasOpenStatement(compoundId);
        return new CompoundLedger(compoundId, standing.compound().code(), standing.compound().name(),
                standing.party().orElse(null), canOpen, statements);
    }

    public StatementView statement(long statementId) {
        LedgerStatement statement = ledger.statement(statementId)
                .orElseThrow(() -> new NotFoundInScope(STATEMENT, statementId));
        Standing standing = access.at(statement.getCompoundId(), STATEMENT, statementId);
        return views.view(statement, standing.compound().name(), standing.party().orElse(null));
    }

    /**
     * Opens the quarter's draft. Quarters follow each other: one statement at a time is open, and
     * it opens on the last published closing balance (the first one on the balance carried over).
     */
    public StatementView open(long compoundId, String quarterText, BigDecimal carriedOver) {
        Standing standing = drafter(compoundId, LedgerAccess.COMPOUND, compoundId);
        Quarter quarter = LedgerStatement.quarterOf(quarterText);
        if (ledger.hasOpenStatement(compoundId)) {
            throw violation("ledger.openStatementExists");
        }
        Optional<LedgerStatement> last = ledger.lastPublished(compoundId);
        if (last.isPresent() && quarter.compareTo(last.get().quarterValue()) <= 0) {
            throw violation("ledger.quarterNotAfter", last.get().getQuarter());
        }
        if (quarter.firstDay().isAfter(access.today())) {
            throw violation("ledger.quarterFuture", quarter.toString());
        }
        BigDecimal opening = last.map(LedgerStatement::getClosingBalance)
                .orElse(carriedOver == null ? BigDecimal.ZERO : carriedOver);
        String company = staffAccounts.callerPartnerId().flatMap(partners::find).map(PartnerView::name)
                .orElseThrow(() -> violation("ledger.onlyPropertyCompany"));
        LedgerStatement statement = new LedgerStatement(compoundId, standing.compound().code(), company, quarter,
                opening, access.caller(), clock.instant());
        ledger.add(statement);
        audit.success("property.ledger.open", STATEMENT, statement.getId(),
                standing.compound().code() + " " + quarter + " opening " + CanonicalForm.amount(opening));
        return views.view(statement, standing.compound().name(), LedgerParty.PROPERTY_COMPANY);
    }

    public StatementView addEntry(long statementId, EntryDraft draft) {
        LedgerStatement statement = draftable(statementId);
        EntryDraft given = draft == null ? new EntryDraft(null, null, null, null, null, null) : draft;
        LedgerEntry entry = new LedgerEntry(statement, given.date(), given.category(), given.amount(),
                given.counterparty(), given.voucher(), given.summary());
        ledger.add(entry);
        audit.success("property.ledger.entry", ENTRY, entry.getId(), describe(statement, entry));
        return statement(statementId);
    }

    /** A correction of a published entry of an earlier quarter: its reversal, entered in this quarter's draft. */
    public StatementView reverse(long statementId, long sequence, LocalDate date, String voucher, String summary) {
        LedgerStatement statement = draftable(statementId);
        LedgerEntry original = ledger.published(statement.getCompoundId(), sequence)
                .orElseThrow(() -> violation("ledger.reverseUnknown", sequence));
        if (ledger.reversed(statement.getCompoundId(), sequence)) {
            throw violation("ledger.reverseTwice", sequence);
        }
        ChainLink link = original.link();
        LedgerEntry reversal = LedgerEntry.reversing(statement, link, date, voucher, summary);
        ledger.add(reversal);
        audit.success("property.ledger.reverse", ENTRY, reversal.getId(), describe(statement, reversal));
        return statement(statementId);
    }

    /** Changes a draft entry; a published entry, or one of a statement out of the drafter's hands, refuses. */
    public StatementView reviseEntry(long entryId, EntryDraft draft, Long version) {
        LedgerEntry entry = ledger.entry(entryId).orElseThrow(() -> new NotFoundInScope(ENTRY, entryId));
        LedgerStatement statement = draftable(entry.getStatementId(), ENTRY, entryId);
        entry.refuseIfSealed(statement);
        if (version == null || version != entry.getVersion()) {
            throw violation("ledger.stale");
        }
        EntryDraft given = draft == null ? new EntryDraft(null, null, null, null, null, null) : draft;
        entry.revise(statement, given.date(), given.category(), given.amount(), given.counterparty(), given.voucher(),
                given.summary());
        audit.success("property.ledger.revise", ENTRY, entryId, describe(statement, entry));
        return statement(statement.getId());
    }

    public StatementView removeEntry(long entryId) {
        LedgerEntry entry = ledger.entry(entryId).orElseThrow(() -> new NotFoundInScope(ENTRY, entryId));
        LedgerStatement statement = draftable(entry.getStatementId(), ENTRY, entryId);
        entry.refuseIfSealed(statement);
        if (!ledger.attachments(List.of(entryId)).isEmpty()) {
            throw violation("ledger.removeWithAttachments");
        }
        String described = describe(statement, entry);
        ledger.remove(entry);
        audit.success("property.ledger.remove", ENTRY, entryId, described);
        return statement(statement.getId());
    }

    /** Adds a voucher file (PDF, JPEG or PNG, checked by its bytes) to a draft entry; its hash enters the entry. */
    public AttachmentInfo attach(long entryId, String fileName, byte[] content) {
        LedgerEntry entry = ledger.entry(entryId).orElseThrow(() -> new NotFoundInScope(ENTRY, entryId));
        LedgerStatement statement = draftable(entry.getStatementId(), ENTRY, entryId);
        entry.refuseIfSealed(statement);
        LedgerAttachment file = new LedgerAttachment(entryId, fileName, AttachmentCheck.check(content),
                access.caller(), clock.instant());
        entry.attach(statement, file.getSha256());
        ledger.add(file);
        audit.success("property.ledger.attach", ENTRY, entryId, file.getFileName() + " " + file.getSha256());
        return new AttachmentInfo(file.getId(), entryId, file.getFileName(), file.getContentType(),
                file.getSizeBytes(), file.getSha256());
    }

    /** A voucher file, for whoever may read the compound's ledger. */
    public LedgerAttachment attachment(long entryId, long attachmentId) {
        LedgerAttachment file = ledger.attachment(attachmentId).filter(a -> a.getEntryId() == entryId)
                .orElseThrow(() -> new NotFoundInScope("LedgerAttachment", attachmentId));
        LedgerEntry entry = ledger.entry(entryId).orElseThrow(() -> new NotFoundInScope(ENTRY, entryId));
        access.at(entry.getCompoundId(), "LedgerAttachment", attachmentId);
        return file;
    }

    /**
     * Takes a step of the workflow as the caller's party. An approval or attestation names the
     * content hash it approves, which must be the content as it is now and as submitted.
     */
    public StatementView step(long statementId, StatementStep step, String contentHash, String comment) {
        LedgerStatement statement = ledger.statementForUpdate(statementId)
                .orElseThrow(() -> new NotFoundInScope(STATEMENT, statementId));
        Standing standing = access.at(statement.getCompoundId(), STATEMENT, statementId);
        LedgerParty party = standing.party().orElseThrow(() -> violation("ledger.notYourStep", String.valueOf(step)));
        if (step == null) {
            throw violation("ledger.step");
        }
        List<LedgerEntry> entries = ledger.entries(statementId);
        String current = views.contentHash(statement, entries);
        String who = access.caller();
        String recorded = current;
        switch (step) {
            case SUBMIT -> statement.submit(party, who, clock.instant(), current, entries.size());
            case APPROVE -> statement.approve(party, who, clock.instant(), contentHash, current);
            case ATTEST -> statement.attest(party, who, clock.instant(), contentHash, current);
            case RETURN -> {
                statement.sendBack(party, who, clock.instant(), comment);
                recorded = null;
            }
            case PUBLISH -> publish(statement, party, who, current, entries);
        }
        ledger.add(new LedgerStepRecord(statementId, step, party, who, clock.instant(), recorded,
                step == StatementStep.RETURN ? statement.getReturnComment() : null));
        audit.success("property.ledger." + step.name().toLowerCase(), STATEMENT, statementId,
                statement.getCompoundCode() + " " + statement.getQuarter() + " " + party
                        + (recorded == null ? " " + statement.getReturnComment() : " " + recorded));
        return views.view(statement, standing.compound().name(), party);
    }

    private void publish(LedgerStatement statement, LedgerParty party, String who, String current,
                         List<LedgerEntry> entries) {
        Optional<LedgerStatement> last = ledger.lastPublished(statement.getCompoundId());
        if (last.isPresent() && (statement.quarterValue().compareTo(last.get().quarterValue()) <= 0
                || statement.getOpeningBalance().compareTo(last.get().getClosingBalance()) != 0)) {
            throw violation("ledger.quarterNotAfter", last.get().getQuarter());
        }
        long first = last.map(s -> s.getFirstSequence() + s.getEntryCount()).orElse(1L);
        String previous = last.map(LedgerStatement::getChainHead).orElse(CanonicalForm.GENESIS);
        statement.publish(party, who, clock.instant(), current, entries, first, previous);
    }

    private LedgerStatement draftable(long statementId) {
        return draftable(statementId, STATEMENT, statementId);
    }

    /** The statement of an entry or statement id, for its property company only. */
    private LedgerStatement draftable(long statementId, String targetType, Object targetId) {
        LedgerStatement statement = ledger.statement(statementId)
                .orElseThrow(() -> new NotFoundInScope(targetType, targetId));
        drafter(statement.getCompoundId(), targetType, targetId);
        return statement;
    }

    private Standing drafter(long compoundId, String targetType, Object targetId) {
        Standing standing = access.at(compoundId, targetType, targetId);
        if (standing.party().orElse(null) != LedgerParty.PROPERTY_COMPANY) {
            throw violation("ledger.onlyPropertyCompany");
        }
        return standing;
    }

    private static String describe(LedgerStatement statement, LedgerEntry entry) {
        return statement.getCompoundCode() + " " + statement.getQuarter() + " " + entry.getEntryDate() + " "
                + entry.getCategory() + " " + CanonicalForm.amount(entry.getAmount()) + " " + entry.getVoucher();
    }

    private static RuleViolation violation(String key, Object... arguments) {
        return new RuleViolation(PropertyModule.BUNDLE, key, arguments);
    }
}
