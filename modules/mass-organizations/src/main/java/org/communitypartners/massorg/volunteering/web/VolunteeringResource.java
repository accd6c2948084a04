package org.communitypartners.massorg.volunteering.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.communitypartners.kernel.api.KernelBundle;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.PrintFont;
import org.communitypartners.massorg.volunteering.application.Certificate;
import org.communitypartners.massorg.volunteering.application.ShiftView;
import org.communitypartners.massorg.volunteering.application.TimeBank;
import org.communitypartners.massorg.volunteering.application.TimeBankView;
import org.communitypartners.massorg.volunteering.domain.ShiftStatus;

/** Volunteer shifts of an organisation, their confirmation and the time bank over REST. */
@Path("mass-organizations/volunteering/{organisation}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VolunteeringResource {

    @Inject
    TimeBank timeBank;
    @Inject
    PrintFont font;
    @Context
    HttpHeaders headers;

    @GET
    @Path("shifts")
    public List<ShiftView> shifts(@PathParam("organisation") long organisation, @QueryParam("status") ShiftStatus status,
                                  @QueryParam("first") @DefaultValue("0") int first,
                                  @QueryParam("size") @DefaultValue("50") int size) {
        return timeBank.shifts(organisation, status, new PageRequest(first, size, "startedAt", false));
    }

    @POST
    @Path("shifts")
    public ShiftView record(@PathParam("organisation") long organisation, TimeBank.Draft draft) {
        return timeBank.record(organisation, draft);
    }

    @POST
    @Path("shifts/{shift}/confirm")
    public ShiftView confirm(@PathParam("organisation") long organisation, @PathParam("shift") long shift) {
        return timeBank.confirm(organisation, shift);
    }

    @POST
    @Path("shifts/{shift}/reject")
    public ShiftView reject(@PathParam("organisation") long organisation, @PathParam("shift") long shift) {
        return timeBank.reject(organisation, shift);
    }

    @GET
    @Path("time-bank")
    public TimeBankView timeBank(@PathParam("organisation") long organisation,
                                 @QueryParam("first") @DefaultValue("0") int first,
                                 @QueryParam("size") @DefaultValue("50") int size) {
        return timeBank.timeBank(organisation, new PageRequest(first, size, null, false));
    }

    /** A PDF certificate of the volunteer's verified hours, in the caller's language (Chinese unless English is asked for). */
    @GET
    @Path("members/{member}/certificate")
    @Produces("application/pdf")
    public Response certificate(@PathParam("organisation") long organisation, @PathParam("member") long member) {
        Certificate certificate = timeBank.certificate(organisation, member);
        byte[] pdf = HoursCertificatePdf.render(certificate, font.embedded(), locale());
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + certificate.serial() + ".pdf\"")
                .header("Cache-Control", "no-store").build();
    }

    private Locale locale() {
        return KernelBundle.ofAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
