package org.communitypartners.partners.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.api.PartnerKind;
import org.communitypartners.partners.api.PartnerStatus;
import org.communitypartners.partners.api.PartnerView;
import org.communitypartners.partners.application.PartnerRegistry.AgreementView;
import org.communitypartners.partners.application.PartnerRegistry.Application;
import org.communitypartners.partners.application.PartnerRegistry.StatusChangeView;
import org.communitypartners.partners.application.PartnerRegistry;
import org.communitypartners.partners.domain.PartnerLifecycle;
import org.communitypartners.partners.orders.application.Scorecards;
import org.communitypartners.partners.orders.domain.Scorecard;

/** The partner registry over REST, with the same authorisation as the screens. */
@Path("partners")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerResource {

    @Inject
    PartnerRegistry registry;
    @Inject
    Scorecards scorecards;

    /** A lifecycle step with its reason and the version the caller last read. */
    public record Step(PartnerLifecycle step, String reason, Long version) {
    }

    @GET
    public List<PartnerView> list(@QueryParam("kind") PartnerKind kind, @QueryParam("status") PartnerStatus status,
                                  @QueryParam("q") String text, @QueryParam("first") @DefaultValue("0") int first,
                                  @QueryParam("size") @DefaultValue("20") int size) {
        return registry.list(kind, status, text, new PageRequest(first, size, "code", true));
    }

    @POST
    public PartnerView apply(Application application) {
        return registry.apply(application);
    }

    @GET
    @Path("{id}")
    public PartnerView get(@PathParam("id") long id) {
        return registry.get(id);
    }

    /** Orders taken, on-time share, time to resolve, rating and complaints over [from, to]. */
    @GET
    @Path("{id}/scorecard")
    public Scorecard scorecard(@PathParam("id") long id, @QueryParam("from") String from,
                               @QueryParam("to") String to) {
        return scorecards.of(id, QueryDates.parse("from", from), QueryDates.parse("to", to));
    }

    @GET
    @Path("{id}/logo")
    @Produces({"image/png", "image/jpeg"})
    public Response logo(@PathParam("id") long id) {
        return registry.logo(id).map(l -> Response.ok(l.getContent(), l.getContentType())
                .header("X-Content-Type-Options", "nosniff").build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
    }

    /** Replaces the logo with the image sent as the body (JPEG or PNG, at most 1 MB). */
    @PUT
    @Path("{id}/logo")
    @Consumes({"image/png", "image/jpeg", MediaType.APPLICATION_OCTET_STREAM})
    public Response replaceLogo(@PathParam("id") long id, byte[] image) {
        registry.replaceLogo(id, image);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/history")
    public List<StatusChangeView> history(@PathParam("id") long id) {
        return registry.history(id);
    }

    /** An agreement's term and commitments. */
    public record NewAgreement(LocalDate startsOn, LocalDate endsOn, String partnerCommitments,
                               String communityCommitments) {
    }

    @GET
    @Path("{id}/agreements")
    public List<AgreementView> agreements(@PathParam("id") long id) {
        return registry.agreements(id);
    }

    @POST
    @Path("{id}/agreements")
    public AgreementView addAgreement(@PathParam("id") long id, NewAgreement agreement) {
        if (agreement == null) {
            throw new RuleViolation(PartnersModule.BUNDLE, "agreement.term");
        }
        return registry.addAgreement(id, agreement.startsOn(), agreement.endsOn(), agreement.partnerCommitments(),
                agreement.communityCommitments());
    }

    /** The account to bind to a partner. */
    public record StaffAccount(String username) {
    }

    @GET
    @Path("{id}/staff")
    public List<String> staff(@PathParam("id") long id) {
        return registry.staff(id);
    }

    @POST
    @Path("{id}/staff")
    public List<String> bindStaff(@PathParam("id") long id, StaffAccount account) {
        return registry.bindStaff(id, account == null ? null : account.username());
    }

    /** Agreements ending within {@code days} days (default 30). */
    @GET
    @Path("agreements/expiring")
    public List<AgreementView> expiring(@QueryParam("days") @DefaultValue("30") int days) {
        return registry.expiring(Math.max(0, Math.min(days, 366)));
    }

    @POST
    @Path("{id}/steps")
    public PartnerView take(@PathParam("id") long id, Step step) {
        if (step == null || step.step() == null || step.version() == null) {
            throw new RuleViolation(PartnersModule.BUNDLE, "partner.stepRequired");
        }
        return registry.take(id, step.version(), step.step(), step.reason());
    }
}
