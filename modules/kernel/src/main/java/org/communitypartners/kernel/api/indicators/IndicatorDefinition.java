package org.communitypartners.kernel.api.indicators;

/**
 * One indicator a module offers the dashboard.
 *
 * @param key            worded as {@code indicator.<key>} (and {@code indicator.<key>.help}) in the module's bundle
 * @param unit           what the figure counts
 * @param higherIsBetter whether a rise is good news (on-time share) or bad (complaint rate)
 * @param rowsPage       a page of the module's own listing the rows behind the figure, which
 *                       understands the parameters {@code unit} (org unit id) and {@code quarter}
 *                       ({@code 2026Q3}); null when the source lists them ({@link IndicatorSource#rows})
 * @param byCategory     whether measurements carry a category (breakdown charts) instead of a total
 */
public record IndicatorDefinition(String key, FigureUnit unit, boolean higherIsBetter, String rowsPage,
                                  boolean byCategory) {

    public static IndicatorDefinition total(String key, FigureUnit unit, boolean higherIsBetter, String rowsPage) {
        return new IndicatorDefinition(key, unit, higherIsBetter, rowsPage, false);
    }

    public static IndicatorDefinition perCategory(String key, FigureUnit unit, String rowsPage) {
        return new IndicatorDefinition(key, unit, true, rowsPage, true);
    }
}
