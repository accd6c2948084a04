package org.communitypartners.merchants.library.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.communitypartners.kernel.api.KernelBundle;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.library.application.MerchantLibrary;
import org.communitypartners.merchants.library.application.MerchantLibrary.Draft;
import org.communitypartners.merchants.library.application.MerchantLibrary.ServiceDraft;
import org.communitypartners.merchants.library.application.MerchantView;
import org.communitypartners.merchants.library.domain.MerchantCategory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The merchant library over REST, with the same authorisation as the screen: staff within their
 * subtree, a merchant's partner staff for its own profile. Texts (category, opening hours) follow
 * Accept-Language (Chinese unless English is asked for).
 */
@Path("merchants/profiles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "merchants", description = "商企资源库 Merchant library and the 15-minute circle")
public class MerchantResource {

    @Inject
    MerchantLibrary library;

    /** Why the caring mark is withdrawn. */
    public record Withdrawal(String reason) {
    }

    @GET
    @Operation(summary = "Merchant profiles the caller keeps, by name; filter by community, category (e.g. BARBER), caring and text")
    public List<MerchantView> list(@QueryParam("community") Long community, @QueryParam("category") String category,
                                   @QueryParam("caring") Boolean caring, @QueryParam("q") String text,
                                   @QueryParam("first") @DefaultValue("0") int first,
                                   @QueryParam("size") @DefaultValue("20") int size,
                                   @HeaderParam("Accept-Language") String languages) {
        return library.list(community, MerchantCategory.parse(category), caring, text,
                new PageRequest(first, size, "name", true), KernelBundle.ofAcceptLanguage(languages));
    }

    @POST
    @Operation(summary = "A profile for an active merchant partner: category, address, WGS-84 coordinates, public phone, "
            + "opening hours per weekday (MONDAY: \"08:00-12:00,14:00-18:00\")")
    public MerchantView create(Draft draft, @HeaderParam("Accept-Language") String languages) {
        return library.create(draft, KernelBundle.ofAcceptLanguage(languages));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One profile with its services")
    public MerchantView get(@PathParam("id") long id, @HeaderParam("Accept-Language") String languages) {
        return library.get(id, KernelBundle.ofAcceptLanguage(languages));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Changes a profile; version as read")
    public MerchantView update(@PathParam("id") long id, @QueryParam("version") Long version, Draft draft,
                               @HeaderParam("Accept-Language") String languages) {
        return library.update(id, required(version), draft, KernelBundle.ofAcceptLanguage(languages));
    }

    @POST
    @Path("{id}/caring")
    @Operation(summary = "Community staff mark the merchant a caring merchant (爱心商企)")
    public MerchantView markCaring(@PathParam("id") long id, @QueryParam("version") Long version,
                                   @HeaderParam("Accept-Language") String languages) {
        return library.markCaring(id, required(version), KernelBundle.ofAcceptLanguage(languages));
    }

    @POST
    @Path("{id}/caring/withdraw")
    @Operation(summary = "Community staff withdraw the caring mark, with a reason")
    public MerchantView withdrawCaring(@PathParam("id") long id, @QueryParam("version") Long version,
                                       Withdrawal withdrawal, @HeaderParam("Accept-Language") String languages) {
        return library.withdrawCaring(id, required(version), withdrawal == null ? null : withdrawal.reason(),
                KernelBundle.ofAcceptLanguage(languages));
    }

    @POST
    @Path("{id}/services")
    @Operation(summary = "Adds a service: name, normal price in yuan (0 is free), description")
    public MerchantView.ServiceView addService(@PathParam("id") long id, ServiceDraft draft) {
        return library.addService(id, draft);
    }

    @PUT
    @Path("{id}/services/{service}")
    @Operation(summary = "Changes a service; version as read")
    public MerchantView.ServiceView updateService(@PathParam("id") long id, @PathParam("service") long service,
                                                  @QueryParam("version") Long version, ServiceDraft draft) {
        return library.updateService(id, service, required(version), draft);
    }

    @DELETE
    @Path("{id}/services/{service}")
    @Operation(summary = "Removes a service")
    public Response removeService(@PathParam("id") long id, @PathParam("service") long service) {
        library.removeService(id, service);
        return Response.noContent().build();
    }

    private static long required(Long version) {
        if (version == null) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "merchant.versionRequired");
        }
        return version;
    }
}
