package org.communitypartners.kernel.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.communitypartners.kernel.application.IndicatorSummaryJob;

/** Operators refresh the dashboard's summary now instead of at night, e.g. after a bulk import (system administrators). */
@Path("indicators/summary")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorSummaryResource {

    @Inject
    IndicatorSummaryJob job;

    @POST
    public IndicatorSummaryJob.SummaryRun refresh() {
        return job.runNow();
    }
}
