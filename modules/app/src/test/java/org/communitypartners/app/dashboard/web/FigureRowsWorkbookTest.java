package org.communitypartners.app.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.communitypartners.kernel.api.indicators.FigureRows;
import org.junit.jupiter.api.Test;

class FigureRowsWorkbookTest {
    private static final FigureRows BILLS = new FigureRows(
            List.of(new FigureRows.Column("小区", false), new FigureRows.Column("应收", true),
                    new FigureRows.Column("实收", true)),
            List.of(FigureRows.Row.of("金园华庭", "1234.50", "1,000.00"), FigureRows.Row.of("益民小区", "80.00", "—")),
            5);

    @Test
    void amountsAreNumbersThatAddUpAgainAndTextStaysText() throws Exception {
        Sheet sheet = written(BILLS, null);
        assertEquals("广陵街道 · 2026Q3 · 物业费收缴率", sheet.getRow(0).getCell(0).getStringCellValue());
        assertEquals("应收", sheet.getRow(2).getCell(1).getStringCellValue());
        assertEquals("金园华庭", sheet.getRow(3).getCell(0).getStringCellValue());
        assertEquals(CellType.NUMERIC, sheet.getRow(3).getCell(1).getCellType());
        assertEquals(1234.50, sheet.getRow(3).getCell(1).getNumericCellValue());
        assertEquals(1000.00, sheet.getRow(3).getCell(2).getNumericCellValue());
        assertEquals("—", sheet.getRow(4).getCell(2).getStringCellValue());
    }

    @Test
    void aShortenedListSaysSoUnderItsRows() throws Exception {
        Sheet sheet = written(BILLS, "仅导出前 2 行（共 5 行）");
        assertEquals("仅导出前 2 行（共 5 行）", sheet.getRow(6).getCell(0).getStringCellValue());
        assertEquals(6, sheet.getLastRowNum());
    }

    private static Sheet written(FigureRows rows, String truncated) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FigureRowsWorkbook.write("广陵街道 · 2026Q3 · 物业费收缴率", rows, truncated, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())).getSheetAt(0);
    }
}
