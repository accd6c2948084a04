package org.communitypartners.property.ledger.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.property.ledger.application.LedgerDesk;
import org.communitypartners.property.ledger.application.LedgerDesk.EntryDraft;
import org.communitypartners.property.ledger.application.LedgerViews.CompoundLedger;
import org.communitypartners.property.ledger.application.LedgerViews.StatementView;
import org.communitypartners.property.ledger.domain.AttachmentInfo;
import org.communitypartners.property.ledger.domain.LedgerAttachment;

/**
 * A compound's transparent ledger over REST, with the same authorisation as the screen: the
 * property company drafts entries and submits, the owners' committee approves or returns, the
 * notary attests, the property company publishes. Published entries refuse every change (400);
 * a correction is a reversal entered in a later quarter. The public export and verification,
 * which need no sign-in, are under /ledger (see {@link PublicLedgerServlet}).
 */
@Path("property/ledger")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LedgerResource {

    @Inject
    LedgerDesk desk;

    public record NewStatement(String quarter, BigDecimal openingBalance) {
    }

    /** An item; {@code date} as yyyy-MM-dd, {@code category} one of LedgerCategory, {@code version} when changing. */
    public record Entry(String date, String category, BigDecimal amount, String counterparty, String voucher,
                        String summary, Long version) {
        EntryDraft draft() {
            return new EntryDraft(LedgerInput.date(date), LedgerInput.category(category), amount, counterparty,
                    voucher, summary);
        }
    }

    /** A correction: reverses the compound's published entry with this sequence number. */
    public record Reversal(Long sequence, String date, String voucher, String summary) {
    }

    /** A voucher file as base64 (PDF, JPEG or PNG, at most 10 MB). */
    public record Attachment(String fileName, String content) {
    }

    /**
     * A workflow step: SUBMIT, APPROVE (with the {@code contentHash} approved), RETURN (with a
     * {@code comment}), ATTEST (with the {@code contentHash} attested) or PUBLISH.
     */
    public record Step(String step, String contentHash, String comment) {
    }

    @GET
    @Path("compounds")
    public List<OrgUnitView> compounds(@QueryParam("q") String text) {
        return desk.compounds(text);
    }

    @GET
    @Path("compounds/{id}")
    public CompoundLedger compound(@PathParam("id") long id) {
        return desk.compound(id);
    }

    @POST
    @Path("compounds/{id}/statements")
    public StatementView open(@PathParam("id") long id, NewStatement statement) {
        return statement == null ? desk.open(id, null, null)
                : desk.open(id, statement.quarter(), statement.openingBalance());
    }

    @GET
    @Path("statements/{id}")
    public StatementView statement(@PathParam("id") long id) {
        return desk.statement(id);
    }

    @POST
    @Path("statements/{id}/entries")
    public StatementView addEntry(@PathParam("id") long id, Entry entry) {
        return desk.addEntry(id, entry == null ? null : entry.draft());
    }

    @POST
    @Path("statements/{id}/reversals")
    public StatementView reverse(@PathParam("id") long id, Reversal reversal) {
        Reversal given = reversal == null ? new Reversal(null, null, null, null) : reversal;
        return desk.reverse(id, given.sequence() == null ? 0 : given.sequence(), LedgerInput.date(given.date()),
                given.voucher(), given.summary());
    }

    @POST
    @Path("statements/{id}/steps")
    public StatementView step(@PathParam("id") long id, Step step) {
        Step given = step == null ? new Step(null, null, null) : step;
        return desk.step(id, LedgerInput.step(given.step()), given.contentHash(), given.comment());
    }

    @PUT
    @Path("entries/{id}")
    public StatementView revise(@PathParam("id") long id, Entry entry) {
        return desk.reviseEntry(id, entry == null ? null : entry.draft(), entry == null ? null : entry.version());
    }

    @DELETE
    @Path("entries/{id}")
    public StatementView remove(@PathParam("id") long id) {
        return desk.removeEntry(id);
    }

    @POST
    @Path("entries/{id}/attachments")
    public AttachmentInfo attach(@PathParam("id") long id, Attachment attachment) {
        Attachment given = attachment == null ? new Attachment(null, null) : attachment;
        return desk.attach(id, given.fileName(), LedgerInput.base64(given.content()));
    }

    @GET
    @Path("entries/{id}/attachments/{attachmentId}")
    @Produces({"application/pdf", "image/jpeg", "image/png"})
    public Response attachment(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        LedgerAttachment file = desk.attachment(id, attachmentId);
        return Response.ok(file.getContent(), file.getContentType()).header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "inline; filename=\"voucher-" + file.getId() + "\"")
                .header("Cache-Control", "private, max-age=3600").build();
    }
}
