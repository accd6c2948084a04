package org.communitypartners.massorg.projects.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import org.communitypartners.massorg.api.OrganisationTargetProgress;
import org.communitypartners.massorg.api.OrganisationTargets;
import org.communitypartners.massorg.projects.application.ProjectDesk;
import org.communitypartners.massorg.projects.domain.YearlyTarget;

/**
 * Yearly targets of organisations against their actuals over REST. Progress answers 404 for a
 * year without a target.
 */
@Path("mass-organizations/targets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TargetResource {

    @Inject
    ProjectDesk desk;
    @Inject
    OrganisationTargets targets;
    @Inject
    Clock clock;

    /** Progress of every organisation the caller sees with a target for the year (default: this year), as the dashboard reads it. */
    @GET
    public List<OrganisationTargetProgress> targets(@QueryParam("year") Integer year) {
        return targets.forYear(year == null ? Year.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).getValue() : year);
    }

    @GET
    @Path("{organisation}/{year}")
    public OrganisationTargetProgress progress(@PathParam("organisation") long organisation,
                                               @PathParam("year") int year) {
        return desk.progress(organisation, year).orElseThrow(NotFoundException::new);
    }

    @PUT
    @Path("{organisation}/{year}")
    public OrganisationTargetProgress setTarget(@PathParam("organisation") long organisation,
                                                @PathParam("year") int year, YearlyTarget.Figures figures) {
        return desk.setTarget(organisation, year, figures);
    }
}
