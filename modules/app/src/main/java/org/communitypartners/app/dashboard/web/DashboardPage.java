package org.communitypartners.app.dashboard.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.communitypartners.app.dashboard.application.Dashboard;
import org.communitypartners.app.dashboard.application.DashboardView;
import org.communitypartners.app.dashboard.application.DashboardView.Breakdown;
import org.communitypartners.app.dashboard.application.DashboardView.CategoryRow;
import org.communitypartners.app.dashboard.application.DashboardView.Row;
import org.communitypartners.kernel.api.KernelBundle;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.indicators.Figure;
import org.communitypartners.kernel.api.indicators.FigureUnit;
import org.communitypartners.kernel.api.indicators.Quarter;
import org.communitypartners.kernel.api.web.Feedback;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;

/**
 * The staff dashboard: a place (the caller's own by default) and a quarter (the current one),
 * every figure against the quarter before and the same quarter last year, a trend chart of the
 * chosen indicator, the figure for each part of the place (a click drills down) and the
 * category breakdowns; every table exports to Excel.
 */
@Named("dashboardPage")
@ViewScoped
public class DashboardPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String BUNDLE = "org.communitypartners.app.messages";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);
    private static final int QUARTER_CHOICES = 12;
    private static final String COMPLAINT_RATE = "orders.complaintRate";

    @Inject
    Dashboard dashboard;
    @Inject
    Feedback feedback;

    private Long unit;
    private String quarter;
    private String trendKey;
    private DashboardView view;

    public void load() {
        Quarter lastComplete = Dashboard.lastCompleteQuarter();
        Quarter chosen = quarter == null || quarter.isBlank() ? lastComplete : Quarter.parse(quarter).orElse(null);
        if (chosen == null) {
            feedback.errorIn(BUNDLE, "dashboard.badQuarter", quarter);
            chosen = lastComplete;
        }
        quarter = chosen.toString();
        view = dashboard.view(unit, chosen);
        if (trendKey == null || view.rows().stream().noneMatch(r -> r.key().equals(trendKey))) {
            // The complaint rate is the figure the partner model is judged by; else the first there is.
            trendKey = view.rows().stream().map(Row::key).filter(COMPLAINT_RATE::equals).findFirst()
                    .orElse(view.rows().isEmpty() ? null : view.rows().get(0).key());
        }
    }

    /** The quarters offered in the chooser: the current one and the eleven before it, newest first. */
    public List<String> getQuarters() {
        List<String> newestFirst = new ArrayList<>();
        Quarter.containing(LocalDate.now(CHINA)).lastQuarters(QUARTER_CHOICES).forEach(q -> newestFirst.add(0, q.toString()));
        return newestFirst;
    }

    public String label(Row row) {
        return text(row.bundle(), "indicator." + row.key());
    }

    public String label(Breakdown breakdown) {
        return text(breakdown.bundle(), "indicator." + breakdown.key());
    }

    public String categoryName(CategoryRow row) {
        String name = Faces.getLocale().getLanguage().equals("zh") ? row.nameZh() : row.nameEn();
        return name == null ? row.code() : name;
    }

    public String moduleName(Row row) {
        return text(row.bundle(), "module.name");
    }

    private static String text(String bundle, String key) {
        return KernelBundle.format(bundle == null ? BUNDLE : bundle, Faces.getLocale(), key);
    }

    /** A figure as people read it: grouped digits, the unit's decimals, "—" when nothing was measured. */
    public String shown(Figure figure) {
        return FigureText.of(figure, Faces.getLocale());
    }

    public String change(Figure now, Figure before) {
        return now.changeFrom(before).map(c -> (c.signum() > 0 ? "+" : "") + c.toPlainString() + "%").orElse("—");
    }

    /** Whether the change is good news, bad news or neither, for its colour. */
    public String changeStyle(Row row, Figure before) {
        BigDecimal change = row.now().changeFrom(before).orElse(BigDecimal.ZERO);
        if (change.signum() == 0) {
            return "cp-change";
        }
        return (change.signum() > 0) == row.higherIsBetter() ? "cp-change cp-better" : "cp-change cp-worse";
    }

    /** As of when the finished quarters' figures are, when they came from the summary; null when all were counted now. */
    public String getSummaryNote() {
        if (view == null || view.summarizedAt() == null) {
            return null;
        }
        return KernelBundle.format(BUNDLE, Faces.getLocale(), view.underWaySummarized() ? "dashboard.summaryWithUnderWayAsOf"
                : "dashboard.summaryAsOf", AS_OF.format(view.summarizedAt()));
    }

    public String drillLink(OrgUnitView part) {
        return "/dashboard/index.xhtml?unit=" + part.id() + "&quarter=" + quarter;
    }

    public String getReportHref() {
        return Faces.getRequestContextPath() + "/api/v1/dashboard/report.pdf?unit=" + view.place().id() + "&quarter="
                + quarter;
    }

    public String rowsHref(String link) {
        return link == null ? null : Faces.getRequestContextPath() + link;
    }

    public Figure partFigure(Row row, OrgUnitView part) {
        return row.byPart().get(part.id());
    }

    public String getTrendChart() {
        Row row = trendRow();
        if (row == null) {
            return null;
        }
        return ChartJson.line(label(row), view.trend().stream().map(Quarter::toString).toList(),
                row.trend().stream().map(f -> f.value().orElse(null)).toList());
    }

    public String getPartsChart() {
        Row row = trendRow();
        if (row == null || view.parts().isEmpty()) {
            return null;
        }
        return ChartJson.bar(label(row) + " · " + quarter, view.parts().stream().map(OrgUnitView::name).toList(),
                view.parts().stream().map(p -> row.byPart().get(p.id()).value().orElse(null)).toList());
    }

    public String breakdownChart(Breakdown breakdown) {
        return ChartJson.bar(label(breakdown) + " · " + quarter, breakdown.rows().stream().map(this::categoryName).toList(),
                breakdown.rows().stream().map(r -> r.now().value().orElse(null)).toList());
    }

    private Row trendRow() {
        return view == null ? null : view.rows().stream().filter(r -> r.key().equals(trendKey)).findFirst().orElse(null);
    }

    public boolean isRatio(Row row) {
        return row.unit() != FigureUnit.COUNT && row.unit() != FigureUnit.YUAN;
    }

    public Locale getLocale() {
        return Faces.getLocale();
    }

    public DashboardView getView() {
        return view;
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public String getQuarter() {
        return quarter;
    }

    public void setQuarter(String quarter) {
        this.quarter = quarter;
    }

    public String getTrendKey() {
        return trendKey;
    }

    public void setTrendKey(String trendKey) {
        this.trendKey = trendKey;
    }

    /** Numbers written the way the viewer's language writes them. */
    static final class FigureText {
        private FigureText() {
        }

        static String of(Figure figure, Locale locale) {
            if (figure == null) {
                return "—";
            }
            return figure.value().map(v -> {
                NumberFormat format = NumberFormat.getNumberInstance(locale);
                format.setMinimumFractionDigits(figure.unit().decimals());
                format.setMaximumFractionDigits(figure.unit().decimals());
                String number = format.format(v);
                return switch (figure.unit()) {
                    case PERCENT -> number + "%";
                    case YUAN -> "¥" + number;
                    default -> number;
                };
            }).orElse("—");
        }
    }
}
