package org.communitypartners.kernel.api.indicators;

import java.util.List;

/**
 * A page of the rows a figure counts, worded for the reader: the evidence behind a number on the
 * dashboard. Cells are display text (the page escapes them); a row may link to its record's page.
 *
 * @param total how many rows there are in all; the page holds at most the number asked for
 */
public record FigureRows(List<Column> columns, List<Row> rows, long total) {

    public FigureRows {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
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
