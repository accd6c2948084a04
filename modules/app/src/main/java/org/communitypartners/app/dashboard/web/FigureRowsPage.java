package org.communitypartners.app.dashboard.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.communitypartners.app.dashboard.application.Dashboard;
import org.communitypartners.app.dashboard.application.FigureRowsQuery;
import org.communitypartners.kernel.api.KernelBundle;
import org.communitypartners.kernel.api.indicators.FigureRows;
import org.communitypartners.kernel.api.indicators.Quarter;
import org.communitypartners.kernel.api.web.Feedback;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The rows behind one dashboard figure for a place and quarter ({@code ?figure=&unit=&quarter=}),
 * a page at a time from the module that counted them; the whole list as Excel.
 */
@Named("figureRowsPage")
@ViewScoped
public class FigureRowsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    FigureRowsQuery query;
    @Inject
    Feedback feedback;

    private String figure;
    private Long unit;
    private String quarter;
    private FigureRowsQuery.Listing listing;
    private final Lines lines = new Lines();

    /** A place out of scope or an unknown figure is not found (404), as everywhere. */
    public void load() {
        Quarter lastComplete = Dashboard.lastCompleteQuarter();
        Quarter chosen = quarter == null || quarter.isBlank() ? lastComplete : Quarter.parse(quarter).orElse(null);
        if (chosen == null) {
            feedback.errorIn(DashboardPage.BUNDLE, "dashboard.badQuarter", quarter);
            chosen = lastComplete;
        }
        quarter = chosen.toString();
        listing = query.listing(figure, unit, chosen);
        unit = listing.place().id();
    }

    public FigureRowsQuery.Listing getListing() {
        return listing;
    }

    public String getTitle() {
        return KernelBundle.format(listing.bundle(), Faces.getLocale(), "indicator." + figure);
    }

    public String getHelp() {
        String key = "indicator." + figure + ".help";
        String help = KernelBundle.format(listing.bundle(), Faces.getLocale(), key);
        return help.equals(key) ? null : help;
    }

    /** The columns, worded in the language the page is shown in (asked at render, when the view has it). */
    public List<FigureRows.Column> getColumns() {
        return lines.columns(Faces.getLocale());
    }

    public LazyDataModel<FigureRows.Row> getLines() {
        return lines;
    }

    /** How many rows; past the limit only the first are listed, and the reader is told to narrow the place. */
    public String getTotal() {
        FigureRows head = lines.head(Faces.getLocale());
        return head.beyondLimit()
                ? KernelBundle.format(DashboardPage.BUNDLE, Faces.getLocale(), "rows.beyondLimit", FigureRows.COUNT_LIMIT)
                : KernelBundle.format(DashboardPage.BUNDLE, Faces.getLocale(), "rows.total", head.total());
    }

    public String getDashboardHref() {
        return Faces.getRequestContextPath() + "/dashboard/index.xhtml?unit=" + unit + "&quarter=" + quarter;
    }

    public String getWorkbookHref() {
        return Faces.getRequestContextPath() + "/api/v1/dashboard/rows.xlsx?figure="
                + URLEncoder.encode(figure, StandardCharsets.UTF_8) + "&unit=" + unit + "&quarter=" + quarter
                + "&lang=" + Faces.getLocale().getLanguage();
    }

    /** A row's first cell opens its record's page, where the module has one. */
    public String rowHref(FigureRows.Row row) {
        return row.link() == null ? null : Faces.getRequestContextPath() + row.link();
    }

    public String getFigure() {
        return figure;
    }

    public void setFigure(String figure) {
        this.figure = figure;
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

    /** The rows a page at a time; the count and the columns come from the source in one short query. */
    private final class Lines extends LazyDataModel<FigureRows.Row> {
        private static final long serialVersionUID = 1L;
        private transient FigureRows head;
        private Locale headLocale;

        List<FigureRows.Column> columns(Locale locale) {
            return head(locale).columns();
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(FigureRows.COUNT_LIMIT, head(Faces.getLocale()).total());
        }

        @Override
        public List<FigureRows.Row> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
            return query.rows(figure, unit, Quarter.parse(quarter).orElseThrow(), first, pageSize, Faces.getLocale())
                    .rows();
        }

        @Override
        public String getRowKey(FigureRows.Row row) {
            return Integer.toString(getWrappedData().indexOf(row));
        }

        @Override
        public FigureRows.Row getRowData(String key) {
            List<FigureRows.Row> rows = getWrappedData();
            int index = Integer.parseInt(key);
            return rows == null || index < 0 || index >= rows.size() ? null : rows.get(index);
        }

        FigureRows head(Locale locale) {
            if (head == null || !locale.equals(headLocale)) {
                head = query.rows(figure, unit, Quarter.parse(quarter).orElseThrow(), 0, 0, locale);
                headLocale = locale;
            }
            return head;
        }
    }
}
