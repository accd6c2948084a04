package org.communitypartners.app.dashboard.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.communitypartners.app.dashboard.application.Dashboard;
import org.communitypartners.app.dashboard.application.DashboardView;
import org.communitypartners.app.dashboard.application.FigureRowsQuery;
import org.communitypartners.app.dashboard.application.QuarterlyReport;
import org.communitypartners.kernel.api.KernelBundle;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.PrintFont;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.kernel.api.indicators.FigureRows;
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
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    Dashboard dashboard;
    @Inject
    PrintFont printFont;
    @Inject
    FigureRowsQuery figureRows;

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

    /**
     * The rows behind a figure without a page of its own ({@code figure}: its key, as in the
     * view's rows), {@code max} (at most 200) from {@code first}, worded in the Accept-Language.
     */
    @GET
    @Path("rows")
    public FigureRows rows(@QueryParam("figure") String figure, @QueryParam("unit") Long unit,
                           @QueryParam("quarter") String quarter, @QueryParam("first") @DefaultValue("0") int first,
                           @QueryParam("max") @DefaultValue("50") int max,
                           @HeaderParam("Accept-Language") String languages) {
        return figureRows.rows(figure, unit, chosen(quarter), first, Math.min(max, PageRequest.MAX_SIZE),
                KernelBundle.ofAcceptLanguage(languages));
    }

    /** The same rows as a workbook, the first {@value FigureRows#COUNT_LIMIT} of them; audited. */
    @GET
    @Path("rows.xlsx")
    @Produces(XLSX)
    public Response rowsWorkbook(@QueryParam("figure") String figure, @QueryParam("unit") Long unit,
                                 @QueryParam("quarter") String quarter, @QueryParam("lang") String language,
                                 @HeaderParam("Accept-Language") String languages) {
        // The staff page passes the language it shows, which may differ from the browser's.
        Locale locale = KernelBundle.ofAcceptLanguage(language != null ? language : languages);
        Quarter chosen = chosen(quarter);
        FigureRowsQuery.Listing listing = figureRows.listing(figure, unit, chosen);
        FigureRows rows = figureRows.export(figure, unit, chosen, locale);
        String title = listing.place().name() + " · " + chosen + " · "
                + KernelBundle.format(listing.bundle(), locale, "indicator." + figure);
        String truncated = rows.beyondLimit() ? KernelBundle.format(DashboardPage.BUNDLE, locale, "rows.truncated",
                rows.rows().size()) : null;
        StreamingOutput body = out -> FigureRowsWorkbook.write(title, rows, truncated, out);
        String name = "rows-" + listing.place().code() + "-" + chosen + "-" + figure + ".xlsx";
        return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    private static Quarter chosen(String quarter) {
        return quarter == null ? Dashboard.lastCompleteQuarter()
                : Quarter.parse(quarter).orElseThrow(() -> new RuleViolation(DashboardPage.BUNDLE,
                        "dashboard.badQuarterRest", quarter));
    }
}
