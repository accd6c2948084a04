package org.communitypartners.merchants.library.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.communitypartners.kernel.api.KernelBundle;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.library.application.CircleView;
import org.communitypartners.merchants.library.application.CoverageView;
import org.communitypartners.merchants.library.application.LifeCircle;
import org.communitypartners.merchants.library.application.LifeCircle.RadiusView;
import org.communitypartners.merchants.library.domain.GeoPoint;
import org.communitypartners.merchants.library.domain.MerchantCategory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff's 15-minute circle, the coverage report per community and each subdistrict's radius. */
@Path("merchants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "merchants")
public class CircleResource {

    @Inject
    LifeCircle circle;

    /** A new radius in metres and the version of the setting as read (0 while the default applies). */
    public record RadiusChange(Integer radiusMetres, Long version) {
    }

    @GET
    @Path("circle")
    @Operation(summary = "Merchants within the walking radius of a compound (compound=<org unit id>) or a coordinate "
            + "(lat, lon, optional subdistrict id), nearest first; optional category")
    public CircleView circle(@QueryParam("compound") Long compound, @QueryParam("lat") String latitude,
                             @QueryParam("lon") String longitude, @QueryParam("subdistrict") Long subdistrict,
                             @QueryParam("category") String category,
                             @HeaderParam("Accept-Language") String languages) {
        MerchantCategory only = MerchantCategory.parse(category);
        if (compound != null) {
            return circle.aroundCompound(compound, only, KernelBundle.ofAcceptLanguage(languages));
        }
        return circle.aroundPoint(subdistrict, GeoPoint.of(latitude, longitude), only, KernelBundle.ofAcceptLanguage(languages));
    }

    @GET
    @Path("coverage")
    @Operation(summary = "Per compound of the community: essential needs (meals, clinic/pharmacy, grocery, barber, "
            + "child care, elderly care) no merchant within its circle meets")
    public CoverageView coverage(@QueryParam("community") Long community,
                                 @HeaderParam("Accept-Language") String languages) {
        if (community == null) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "merchant.communityRequired");
        }
        return circle.coverage(community, KernelBundle.ofAcceptLanguage(languages));
    }

    @GET
    @Path("circle-settings/{subdistrict}")
    @Operation(summary = "The subdistrict's circle radius in metres (default 1000)")
    public RadiusView radius(@PathParam("subdistrict") long subdistrict) {
        return circle.radius(subdistrict);
    }

    @PUT
    @Path("circle-settings/{subdistrict}")
    @Operation(summary = "The subdistrict's administrator sets the radius (100–5000 m)")
    public RadiusView setRadius(@PathParam("subdistrict") long subdistrict, RadiusChange change) {
        if (change == null || change.radiusMetres() == null) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "circle.radiusRange", 100, 5000);
        }
        return circle.setRadius(subdistrict, change.radiusMetres(), change.version() == null ? 0 : change.version());
    }
}
