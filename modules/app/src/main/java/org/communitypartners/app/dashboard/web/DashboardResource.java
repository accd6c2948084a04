package org.communitypartners.app.dashboard.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import org.communitypartners.app.dashboard.application.Dashboard;
import org.communitypartners.app.dashboard.application.DashboardView;
import org.communitypartners.app.dashboard.application.QuarterlyReport;
import org.communitypartners.kernel.api.PrintFont;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.kernel.api.indicators.Quarter;

/**
 * The dashboard's figures as JSON, exact: each figure is a numerator over a denominator (a
 * count over 1), so a consumer can pool and round as it needs.
 */
@Path("dashboard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    Dashboard dashboard;
    @Inject
    PrintFont printFont;

    /**
     * {@code unit}: any place the caller sees (default their own); {@code quarter}: e.g. 2026Q3
     * (default the last complete quarter).
     */
    @GET
    public DashboardView figures(@QueryParam("unit") Long unit, @QueryParam("quarter") String quarter) {
        return dashboard.view(unit, chosen(quarter));
    }

    /** The quarterly report for meetings, as a PDF named after the place and quarter. */
    @GET
    @Path("report.pdf")
    @Produces("application/pdf")
    public Response report(@QueryParam("unit") Long unit, @QueryParam("quarter") String quarter) {
        DashboardView view = dashboard.view(unit, chosen(quarter));
        byte[] pdf = new QuarterlyReport(printFont.embedded()).print(view, LocalDate.now(CHINA));
        String name = "report-" + view.place().code() + "-" + view.quarter() + ".pdf";
        return Response.ok(pdf).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    private static Quarter chosen(String quarter) {
        return quarter == null ? Dashboard.lastCompleteQuarter()
                : Quarter.parse(quarter).orElseThrow(() -> new RuleViolation(DashboardPage.BUNDLE,
                        "dashboard.badQuarterRest", quarter));
    }
}
