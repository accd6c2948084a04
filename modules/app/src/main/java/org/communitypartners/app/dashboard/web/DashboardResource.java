package org.communitypartners.app.dashboard.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneId;
import org.communitypartners.app.dashboard.application.Dashboard;
import org.communitypartners.app.dashboard.application.DashboardView;
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

    @Inject
    Dashboard dashboard;

    /** {@code unit}: any place the caller sees (default their own); {@code quarter}: e.g. 2026Q3 (default now). */
    @GET
    public DashboardView figures(@QueryParam("unit") Long unit, @QueryParam("quarter") String quarter) {
        Quarter chosen = quarter == null ? Quarter.containing(LocalDate.now(ZoneId.of("Asia/Shanghai")))
                : Quarter.parse(quarter).orElseThrow(() -> new RuleViolation(DashboardPage.BUNDLE,
                        "dashboard.badQuarterRest", quarter));
        return dashboard.view(unit, chosen);
    }
}
