package org.communitypartners.app.dashboard.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.indicators.Figure;
import org.communitypartners.kernel.api.indicators.FigureUnit;
import org.communitypartners.kernel.api.indicators.Quarter;

/**
 * What the dashboard shows for a place and quarter: each indicator now, the quarter before and
 * the same quarter last year, its trend over eight quarters, its figure for each part of the
 * place, and the category breakdowns.
 *
 * @param trail the places above this one the caller may open, from the top down
 * @param summarizedAt as of when the figures read from the indicator summary are (the oldest
 *                     part of them); null when every figure was counted from the rows just now
 * @param underWaySummarized whether the quarter under way was read from the summary too (a city's,
 *                           refreshed every hour) rather than counted now
 */
public record DashboardView(OrgUnitView place, List<OrgUnitView> trail, Quarter quarter, List<Quarter> trend,
                            List<OrgUnitView> parts, List<Row> rows, List<Breakdown> breakdowns,
                            Instant summarizedAt, boolean underWaySummarized) {

    /** One indicator. {@code rowsLink} opens the rows behind the figure (null when they have no list). */
    public record Row(String module, String bundle, String key, FigureUnit unit, boolean higherIsBetter,
                      String rowsLink, Figure now, Figure previous, Figure lastYear, List<Figure> trend,
                      Map<Long, Figure> byPart) {
    }

    /** A per-category indicator in the quarter and the one before. */
    public record Breakdown(String module, String bundle, String key, String rowsLink, List<CategoryRow> rows) {
    }

    public record CategoryRow(String code, String nameZh, String nameEn, Figure now, Figure previous) {
    }
}
