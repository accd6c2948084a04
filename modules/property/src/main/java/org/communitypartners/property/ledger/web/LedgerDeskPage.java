package org.communitypartners.property.ledger.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.property.PropertyModule;
import org.communitypartners.property.ledger.application.LedgerDesk;
import org.communitypartners.property.ledger.application.LedgerDesk.EntryDraft;
import org.communitypartners.property.ledger.application.LedgerViews.CompoundLedger;
import org.communitypartners.property.ledger.application.LedgerViews.EntryView;
import org.communitypartners.property.ledger.application.LedgerViews.StatementView;
import org.communitypartners.property.ledger.domain.AttachmentCheck;
import org.communitypartners.property.ledger.domain.LedgerCategory;
import org.communitypartners.property.ledger.domain.StatementStep;
import org.omnifaces.cdi.ViewScoped;

/**
 * The ledger screen of the three parties: it shows what the signed-in party may do with a
 * compound's quarter statements — the property company drafts items with vouchers, submits,
 * reverses earlier items and publishes; the owners' committee approves or returns; the notary
 * attests or returns. Staff of the subtree read.
 */
@Named("ledgerDeskPage")
@ViewScoped
public class LedgerDeskPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    LedgerDesk desk;
    @Inject
    OrgDirectory directory;
    @Inject
    Feedback feedback;

    private Long compoundId;
    private OrgUnitView compoundUnit;
    private CompoundLedger compound;
    private StatementView statement;

    private String quarter;
    private BigDecimal openingBalance;

    private Long editingId;
    private Long editingVersion;
    private LocalDate date;
    private LedgerCategory category;
    private BigDecimal amount;
    private String counterparty;
    private String voucher;
    private String summary;

    private Long reversedSequence;

    private Long attachTo;
    private transient Part file;

    private String comment;

    public List<OrgUnitView> completeCompound(String query) {
        return desk.compounds(query);
    }

    /** Opens the compound named in the address (?compound=id); one out of reach answers as not found. */
    public void open() {
        if (compoundId != null) {
            compound = desk.compound(compoundId);
            compoundUnit = directory.find(compoundId).orElseThrow();
            latest();
        }
    }

    public void pick() {
        compound = null;
        statement = null;
        if (compoundUnit != null) {
            feedback.attemptIn(PropertyModule.BUNDLE, () -> {
                compound = desk.compound(compoundUnit.id());
                latest();
            }, null);
        }
    }

    private void latest() {
        statement = compound.statements().isEmpty() ? null : desk.statement(compound.statements().get(0).id());
    }

    public void select(long statementId) {
        statement = desk.statement(statementId);
        prepareEntry();
    }

    private void reload() {
        compound = desk.compound(compound.compoundId());
        if (statement != null) {
            statement = desk.statement(statement.id());
        }
    }

    public void openStatement() {
        if (feedback.attemptIn(PropertyModule.BUNDLE,
                () -> statement = desk.open(compound.compoundId(), quarter, openingBalance), "ledger.opened", quarter)) {
            compound = desk.compound(compound.compoundId());
        }
    }

    public void prepareEntry() {
        editingId = null;
        editingVersion = null;
        date = null;
        category = null;
        amount = null;
        counterparty = null;
        voucher = null;
        summary = null;
    }

    public void prepareEdit(EntryView entry) {
        editingId = entry.id();
        editingVersion = entry.version();
        date = entry.date();
        category = entry.category();
        amount = entry.amount();
        counterparty = entry.counterparty();
        voucher = entry.voucher();
        summary = entry.summary();
    }

    public void saveEntry() {
        EntryDraft draft = new EntryDraft(date, category, amount, counterparty, voucher, summary);
        if (feedback.attemptIn(PropertyModule.BUNDLE, () -> statement = editingId == null
                ? desk.addEntry(statement.id(), draft) : desk.reviseEntry(editingId, draft, editingVersion),
                "ledger.entrySaved")) {
            prepareEntry();
        }
    }

    public void removeEntry(EntryView entry) {
        feedback.attemptIn(PropertyModule.BUNDLE, () -> statement = desk.removeEntry(entry.id()),
                "ledger.entryRemoved");
    }

    public void reverse() {
        long sequence = reversedSequence == null ? 0 : reversedSequence;
        if (feedback.attemptIn(PropertyModule.BUNDLE,
                () -> statement = desk.reverse(statement.id(), sequence, date, voucher, summary), "ledger.reversed")) {
            reversedSequence = null;
            prepareEntry();
        }
    }

    public void upload() {
        String name = file == null ? null : file.getSubmittedFileName();
        feedback.attemptIn(PropertyModule.BUNDLE, () -> {
            desk.attach(attachTo == null ? 0 : attachTo, name, read(file));
            statement = desk.statement(statement.id());
        }, "ledger.attached", name);
    }

    /** Reads an uploaded file only as far as the size rule allows. */
    private static byte[] read(Part part) {
        if (part == null || part.getSize() == 0) {
            throw new RuleViolation(PropertyModule.BUNDLE, "ledger.attachmentType");
        }
        if (part.getSize() > AttachmentCheck.MAX_BYTES) {
            throw new RuleViolation(PropertyModule.BUNDLE, "ledger.attachmentSize",
                    AttachmentCheck.MAX_BYTES / (1024 * 1024));
        }
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new RuleViolation(PropertyModule.BUNDLE, "ledger.attachmentType");
        }
    }

    /** Takes a step on the content the party is looking at: an approval names the hash shown. */
    public void take(StatementStep step) {
        String shownHash = statement.contentHash();
        if (feedback.attemptIn(PropertyModule.BUNDLE,
                () -> statement = desk.step(statement.id(), step, shownHash, comment), "ledger.stepTaken",
                step.name())) {
            comment = null;
            reload();
        }
    }

    public boolean may(String step) {
        return statement != null && statement.allowed().contains(StatementStep.valueOf(step));
    }

    public LedgerCategory[] getCategories() {
        return LedgerCategory.values();
    }

    public Long getCompoundId() {
        return compoundId;
    }

    public void setCompoundId(Long compoundId) {
        this.compoundId = compoundId;
    }

    public OrgUnitView getCompoundUnit() {
        return compoundUnit;
    }

    public void setCompoundUnit(OrgUnitView compoundUnit) {
        this.compoundUnit = compoundUnit;
    }

    public CompoundLedger getCompound() {
        return compound;
    }

    public StatementView getStatement() {
        return statement;
    }

    public String getQuarter() {
        return quarter;
    }

    public void setQuarter(String quarter) {
        this.quarter = quarter;
    }

    public BigDecimal getOpeningBalance() {
        return openingBalance;
    }

    public void setOpeningBalance(BigDecimal openingBalance) {
        this.openingBalance = openingBalance;
    }

    public Long getEditingId() {
        return editingId;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LedgerCategory getCategory() {
        return category;
    }

    public void setCategory(LedgerCategory category) {
        this.category = category;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getCounterparty() {
        return counterparty;
    }

    public void setCounterparty(String counterparty) {
        this.counterparty = counterparty;
    }

    public String getVoucher() {
        return voucher;
    }

    public void setVoucher(String voucher) {
        this.voucher = voucher;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Long getReversedSequence() {
        return reversedSequence;
    }

    public void setReversedSequence(Long reversedSequence) {
        this.reversedSequence = reversedSequence;
    }

    public Long getAttachTo() {
        return attachTo;
    }

    public void setAttachTo(Long attachTo) {
        this.attachTo = attachTo;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
