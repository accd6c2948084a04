package org.communitypartners.massorg.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.massorg.MassOrganizationsModule;
import org.communitypartners.massorg.application.ActivityReviews;
import org.communitypartners.massorg.application.ReviewView;
import org.communitypartners.massorg.domain.ActivitySummary;

/**
 * An activity looked back on over REST: summary, participant count (a correction needs a reason),
 * photo ids and satisfaction. Same authorisation as the screen; another subdistrict's id answers 404.
 */
@Path("mass-organizations/activities/{id}/summary")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActivitySummaryResource {

    @Inject
    ActivityReviews reviews;

    @GET
    public ReviewView get(@PathParam("id") long id) {
        return reviews.review(id);
    }

    /** Writes the summary; {@code version} is the summary's as read (0 before the first). */
    @PUT
    public ReviewView write(@PathParam("id") long id, @QueryParam("version") Long version,
                            ActivitySummary.Draft draft) {
        if (version == null) {
            throw new RuleViolation(MassOrganizationsModule.BUNDLE, "activity.versionRequired");
        }
        return reviews.writeSummary(id, draft, version);
    }
}
