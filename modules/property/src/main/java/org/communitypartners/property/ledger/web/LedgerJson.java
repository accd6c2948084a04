package org.communitypartners.property.ledger.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.communitypartners.property.ledger.application.LedgerViews.Approval;
import org.communitypartners.property.ledger.application.LedgerViews.Export;
import org.communitypartners.property.ledger.application.LedgerViews.EntryView;
import org.communitypartners.property.ledger.application.LedgerViews.StatementView;
import org.communitypartners.property.ledger.domain.AttachmentInfo;
import org.communitypartners.property.ledger.domain.CanonicalForm;
import org.communitypartners.property.ledger.domain.ChainCheck;

/**
 * The public JSON of a compound's ledger, laid out in docs/ledger-format.md: every field the
 * canonical form covers, as the exact string it contributes (amounts as strings, never numbers,
 * so no reader rounds them), with each entry's sequence number, previous hash and hash.
 */
final class LedgerJson {
    static final String FORMAT = "cp-ledger-export/1";

    private LedgerJson() {
    }

    static JsonObject export(Export export) {
        JsonArrayBuilder quarters = Json.createArrayBuilder();
        export.statements().forEach(s -> quarters.add(statement(s)));
        return Json.createObjectBuilder().add("format", FORMAT).add("compound", export.compoundCode())
                .add("compoundName", export.compoundName()).add("genesis", CanonicalForm.GENESIS)
                .add("statements", quarters).build();
    }

    private static JsonObject statement(StatementView s) {
        JsonArrayBuilder categories = Json.createArrayBuilder();
        s.totals().byCategory().forEach(c -> categories.add(Json.createObjectBuilder()
                .add("category", c.category().name()).add("side", c.side().name())
                .add("publicRevenue", c.publicRevenue()).add("amount", CanonicalForm.amount(c.amount()))));
        JsonArrayBuilder entries = Json.createArrayBuilder();
        s.entries().forEach(e -> entries.add(entry(s, e)));
        return Json.createObjectBuilder().add("quarter", s.quarter())
                .add("opening", CanonicalForm.amount(s.totals().opening()))
                .add("income", CanonicalForm.amount(s.totals().income()))
                .add("expense", CanonicalForm.amount(s.totals().expense()))
                .add("publicRevenue", CanonicalForm.amount(s.totals().publicRevenue()))
                .add("closing", CanonicalForm.amount(s.totals().closing()))
                .add("totalsByCategory", categories)
                .add("entryCount", s.entries().size())
                .add("firstSequence", s.firstSequence())
                .add("chainHead", s.chainHead())
                .add("submitted", approval(s.submitted()))
                .add("committeeApproval", approval(s.committee()))
                .add("notaryAttestation", approval(s.notary()))
                .add("published", approval(s.published()))
                .add("entries", entries).build();
    }

    private static JsonObject entry(StatementView s, EntryView e) {
        JsonArrayBuilder files = Json.createArrayBuilder();
        e.attachments().stream().map(AttachmentInfo::sha256).forEach(files::add);
        JsonObjectBuilder entry = Json.createObjectBuilder().add("seq", e.sequence()).add("prev", e.previousHash())
                .add("hash", e.hash()).add("compound", s.compoundCode()).add("quarter", s.quarter())
                .add("date", e.date().toString()).add("category", e.category().name()).add("side", e.side().name())
                .add("amount", CanonicalForm.amount(e.amount())).add("counterparty", e.counterparty())
                .add("voucher", e.voucher()).add("summary", e.summary());
        if (e.reverses() == null) {
            entry.addNull("reverses");
        } else {
            entry.add("reverses", e.reverses());
        }
        return entry.add("attachments", files).build();
    }

    private static JsonObjectBuilder approval(Approval approval) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        if (approval != null) {
            json.add("party", approval.party().name()).add("by", approval.by()).add("at", approval.at().toString());
            if (approval.hash() != null) {
                json.add("hash", approval.hash());
            }
        }
        return json;
    }

    static JsonObject check(String compoundCode, ChainCheck check) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("compound", compoundCode).add("passed", check.passed())
                .add("entriesChecked", check.entriesChecked()).add("statementsChecked", check.statementsChecked());
        if (check.passed()) {
            return json.add("head", check.head()).build();
        }
        json.add("reason", check.reason().name()).add("quarter", check.quarter())
                .add("expected", check.expected()).add("found", check.found());
        return (check.sequence() == null ? json.addNull("sequence") : json.add("sequence", check.sequence())).build();
    }
}
