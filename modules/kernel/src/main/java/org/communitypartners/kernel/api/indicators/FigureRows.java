package org.communitypartners.kernel.api.indicators;

import java.util.List;

/**
 * A page of the rows a figure counts, worded for the reader: the evidence behind a number on the
 * dashboard. Cells are display text (the page escapes them); a row may link to its record's page.
 *
 * @param total how many rows there are in all; the page holds at most the number asked for. A
 *              source may stop counting after {@link #COUNT_LIMIT} + 1 rows: a total above the
 *              limit means "more than that" (a city's bills of a quarter, which nobody pages through).
 */
public record FigureRows(List<Column> columns, List<Row> rows, long total) {
    /** The most rows listed of a figure, on screen or as a workbook; beyond it, a smaller place is asked for. */
    public static final int COUNT_LIMIT = 100_000;

    public FigureRows {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Whether there are more rows than are ever listed. */
    public boolean beyondLimit() {
        return total > COUNT_LIMIT;
    }

    /** @param numeric whether the column holds amounts or counts (right-aligned, summable in Excel) */
    public record Column(String heading, boolean numeric) {
    }

    /** @param link the record's own page, context-relative, or null */
    public record Row(List<String> cells, String link) {

        public Row {
            cells = List.copyOf(cells);
        }

        public static Row of(String... cells) {
            return new Row(List.of(cells), null);
        }
    }
}
