package org.communitypartners.merchants.offers.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.eligibility.application.EligibilityRegister;
import org.communitypartners.merchants.eligibility.application.IssuedCode;
import org.communitypartners.merchants.offers.application.BenefitOffers;
import org.communitypartners.merchants.offers.application.BenefitOffers.OfferDraft;
import org.communitypartners.merchants.offers.application.BenefitStatistics;
import org.communitypartners.merchants.offers.application.OfferViews.OfferView;
import org.communitypartners.merchants.offers.application.OfferViews.RedemptionAnswer;
import org.communitypartners.merchants.offers.domain.BenefitFigures.CategoryRow;
import org.communitypartners.merchants.offers.domain.BenefitFigures.MonthRow;
import org.communitypartners.merchants.offers.domain.BenefitFigures.OfferRow;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Benefit offers, redemptions and their figures over REST, with the screens' authorisation. A
 * redemption answers only whether the resident is eligible and the price to charge.
 */
@Path("merchants/benefits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "merchants", description = "商企资源库 Merchant library and the 15-minute circle")
public class BenefitResource {

    @Inject
    BenefitOffers offers;
    @Inject
    BenefitStatistics statistics;
    @Inject
    EligibilityRegister eligibility;

    /** The code a resident shows at the till. */
    public record CodeEntry(String code) {
    }

    @GET
    @Path("profiles/{profileId}/offers")
    @Operation(summary = "A merchant's benefit offers (优惠): service, normal price, price per eligibility category, validity, monthly quota")
    public List<OfferView> offersOf(@PathParam("profileId") long profileId) {
        return offers.ofMerchant(profileId);
    }

    @POST
    @Path("profiles/{profileId}/offers")
    @Operation(summary = "Publishes an offer: serviceName, normalPrice, prices {LOW_INCOME: 0, …}, validFrom, validUntil, monthlyQuota")
    public OfferView create(@PathParam("profileId") long profileId, OfferDraft draft) {
        return offers.create(profileId, draft);
    }

    @GET
    @Path("offers/{id}")
    @Operation(summary = "One offer with this month's person-times")
    public OfferView get(@PathParam("id") long id) {
        return offers.get(id);
    }

    @PUT
    @Path("offers/{id}")
    @Operation(summary = "Changes an offer; version as read")
    public OfferView update(@PathParam("id") long id, @QueryParam("version") Long version, OfferDraft draft) {
        if (version == null) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "merchant.versionRequired");
        }
        return offers.update(id, version, draft);
    }

    @POST
    @Path("offers/{id}/redemptions")
    @Operation(summary = "The merchant's staff redeem a resident's one-time code: eligible yes/no and the price to charge, nothing else")
    public RedemptionAnswer redeem(@PathParam("id") long id, CodeEntry entry) {
        return offers.redeem(id, entry == null ? null : entry.code());
    }

    @GET
    @Path("profiles/{profileId}/months")
    @Operation(summary = "A merchant's person-times (人次) and benefit value (normal minus charged) per month, newest first")
    public List<MonthRow> months(@PathParam("profileId") long profileId) {
        return statistics.merchantMonths(profileId);
    }

    @GET
    @Path("communities/{communityId}/offers")
    @Operation(summary = "Community staff: person-times and value per offer in the months from–to (2026-01)")
    public List<OfferRow> perOffer(@PathParam("communityId") long communityId, @QueryParam("from") String from,
                                   @QueryParam("to") String to) {
        return statistics.perOffer(communityId, month(from, 11), month(to, 0));
    }

    @GET
    @Path("communities/{communityId}/categories")
    @Operation(summary = "Community staff: person-times and value per eligibility category in the months from–to (2026-01)")
    public List<CategoryRow> perCategory(@PathParam("communityId") long communityId, @QueryParam("from") String from,
                                         @QueryParam("to") String to) {
        return statistics.perCategory(communityId, month(from, 11), month(to, 0));
    }

    @POST
    @Path("residents/{residentId}/codes")
    @Operation(summary = "Community staff issue a one-time code (6 digits, 15 minutes) for a resident with a valid, consented eligibility")
    public IssuedCode issue(@PathParam("residentId") long residentId) {
        return eligibility.issueCode(residentId);
    }

    /** A written month, or this month minus {@code monthsBack} when none is given. */
    private static YearMonth month(String written, int monthsBack) {
        if (written == null || written.isBlank()) {
            return YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(monthsBack);
        }
        try {
            return YearMonth.parse(written.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "benefits.month", written);
        }
    }
}
