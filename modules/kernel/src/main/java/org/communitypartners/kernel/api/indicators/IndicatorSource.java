package org.communitypartners.kernel.api.indicators;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.communitypartners.kernel.api.OrgUnitView;

/**
 * What a module contributes to the staff dashboard and the quarterly report: one
 * application-scoped bean per module. The dashboard has already checked that the caller sees
 * the place and that the module is on there before it asks.
 */
public interface IndicatorSource {

    /** The module's key: its figures are shown only where the module is switched on. */
    String moduleKey();

    /** Bundle with the wording of the indicators ({@code indicator.<key>}). */
    String bundle();

    List<IndicatorDefinition> definitions();

    /**
     * Figures of the quarters {@code from} to {@code to} (both included) for the rows at or below
     * the place, attributed to the place's parts. Parts with nothing to count may be left out.
     */
    List<Measurement> measure(OrgUnitView place, Quarter from, Quarter to);

    /**
     * The rows behind a figure whose definition names no {@code rowsPage}: those the figure counts
     * in the quarter at the given units (the place and the units below it where the module is on),
     * {@code max} of them from {@code first} in a stable order, worded in {@code locale}. Never
     * more personal than the module's own staff screens: no resident is named or identifiable.
     * The figure can be recounted from the rows: a count is the number of rows, a sum the sum of
     * the last column, a ratio a sum (or count) of rows over another, both shown in the columns.
     *
     * @throws IllegalArgumentException for a key the source does not define, or one with a rowsPage
     */
    FigureRows rows(String key, Collection<Long> unitIds, Quarter quarter, int first, int max, Locale locale);
}
