package org.communitypartners.app.dashboard.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.communitypartners.kernel.api.indicators.FigureRows;

/**
 * The rows behind a figure as one sheet: the title, the headings, then the rows, with amounts and
 * counts as numbers so they add up again in Excel. Streamed, so a long list holds little memory.
 */
final class FigureRowsWorkbook {
    /** Rows kept in memory while writing; the rest go to a temporary file. */
    private static final int WINDOW = 500;

    private FigureRowsWorkbook() {
    }

    /** {@code truncated}: the note under the rows when they are not all of them, else null. */
    static void write(String title, FigureRows rows, String truncated, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            CellStyle bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            Sheet sheet = workbook.createSheet("rows");
            sheet.createRow(0).createCell(0).setCellValue(title);
            sheet.getRow(0).getCell(0).setCellStyle(bold);
            List<FigureRows.Column> columns = rows.columns();
            Row header = sheet.createRow(2);
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c).heading());
                header.getCell(c).setCellStyle(bold);
            }
            int r = 3;
            for (FigureRows.Row row : rows.rows()) {
                Row line = sheet.createRow(r++);
                for (int c = 0; c < columns.size() && c < row.cells().size(); c++) {
                    String cell = row.cells().get(c);
                    BigDecimal number = columns.get(c).numeric() ? number(cell) : null;
                    if (number != null) {
                        line.createCell(c).setCellValue(number.doubleValue());
                    } else {
                        line.createCell(c).setCellValue(cell);
                    }
                }
            }
            if (truncated != null) {
                sheet.createRow(r + 1).createCell(0).setCellValue(truncated);
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static BigDecimal number(String cell) {
        try {
            return cell == null || cell.isBlank() ? null : new BigDecimal(cell.replace(",", ""));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
