package org.communitypartners.merchants.donations.web;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.donations.application.DonationDesk;
import org.communitypartners.merchants.donations.application.DonationDesk.DonationDraft;
import org.communitypartners.merchants.donations.application.DonationDesk.InspectionDraft;
import org.communitypartners.merchants.donations.application.DonationDesk.PlacementDraft;
import org.communitypartners.merchants.donations.application.DonationViews.DonationView;
import org.communitypartners.merchants.donations.application.DonationViews.DueEntry;
import org.communitypartners.merchants.donations.application.DonationViews.InspectionView;
import org.communitypartners.merchants.donations.application.DonationViews.PlacementView;
import org.communitypartners.merchants.donations.application.DonationViews.ReminderView;
import org.communitypartners.merchants.donations.application.ExpiryReminderJob;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Donations over REST for community and subdistrict staff, with the screen's scope. Dates are ISO days (2026-11-28). */
@Path("merchants/donations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "merchants-donations", description = "捐赠 Donations: items, placements, inspections, expiry reminders")
public class DonationResource {

    @Inject
    DonationDesk desk;
    @Inject
    ExpiryReminderJob reminders;

    /** A renewed expiry date, with the placement's version as read. */
    public record Renewal(LocalDate expiresOn, Long version) {
    }

    @GET
    @Operation(summary = "Donations the caller sees, latest first; filter by community")
    public List<DonationView> list(@QueryParam("community") Long community,
                                   @QueryParam("first") @DefaultValue("0") int first,
                                   @QueryParam("size") @DefaultValue("20") int size) {
        return desk.list(community, new PageRequest(first, size, null, false));
    }

    @POST
    @Operation(summary = "Records a donation: communityId, donorPartnerId (an active partner of any kind), donatedOn, "
            + "note, items [{name, quantity, unit}]")
    public DonationView record(DonationDraft draft) {
        return desk.record(draft);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One donation with its items and placements")
    public DonationView get(@PathParam("id") long id) {
        return desk.get(id);
    }

    @POST
    @Path("{id}/placements")
    @Operation(summary = "Places some of an item: itemId, siteUnitId (the community or one of its compounds), location, "
            + "latitude, longitude (optional), quantity, placedOn, expiresOn (the last day it is good for)")
    public PlacementView place(@PathParam("id") long id, PlacementDraft draft) {
        return desk.place(id, draft);
    }

    @PUT
    @Path("placements/{id}/expiry")
    @Operation(summary = "A refilled or replaced item's new last day; reminders start over from it")
    public PlacementView renew(@PathParam("id") long id, Renewal renewal) {
        if (renewal == null || renewal.version() == null) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "merchant.versionRequired");
        }
        return desk.renew(id, renewal.version(), renewal.expiresOn());
    }

    @GET
    @Path("placements/{id}/inspections")
    @Operation(summary = "A placement's inspections, latest first")
    public List<InspectionView> inspections(@PathParam("id") long id) {
        return desk.inspections(id);
    }

    @POST
    @Path("placements/{id}/inspections")
    @Operation(summary = "Records an inspection: inspectedOn, inspector, result (PASSED or NEEDS_SERVICE), note")
    public InspectionView inspect(@PathParam("id") long id, InspectionDraft draft) {
        return desk.inspect(id, draft);
    }

    @GET
    @Path("placements/{id}/reminders")
    @Operation(summary = "The expiry reminders raised for a placement")
    public List<ReminderView> reminders(@PathParam("id") long id) {
        return desk.reminders(id);
    }

    @GET
    @Path("due")
    @Operation(summary = "Placements expiring within 30 days or expired, in the caller's communities, with open reminders")
    public List<DueEntry> due() {
        return desk.due();
    }

    @POST
    @Path("reminders/{id}/acknowledge")
    @Operation(summary = "Staff acknowledge an expiry reminder")
    public ReminderView acknowledge(@PathParam("id") long id) {
        return desk.acknowledge(id);
    }

    @POST
    @Path("reminders/run")
    @Operation(summary = "System administrators: run the daily expiry reminders now")
    public Map<String, Integer> runReminders() {
        return Map.of("raised", reminders.runNow());
    }
}
