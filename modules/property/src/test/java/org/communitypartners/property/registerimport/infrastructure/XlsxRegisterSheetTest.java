package org.communitypartners.property.registerimport.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.property.registerimport.domain.RegisterColumn;
import org.communitypartners.property.registerimport.domain.RegisterImportCheck;
import org.communitypartners.property.registerimport.domain.RegisterSnapshot;
import org.communitypartners.property.registerimport.domain.SheetRow;
import org.junit.jupiter.api.Test;

class XlsxRegisterSheetTest {

    private static List<SheetRow> read(byte[] file) {
        return XlsxRegisterSheet.read(new ByteArrayInputStream(file), rows -> { });
    }

    @Test
    void theTemplateReadsBackAsOneValidRow() {
        List<SheetRow> rows = read(XlsxRegisterSheet.template());
        assertEquals(1, rows.size());
        assertEquals(2, rows.get(0).number());
        assertEquals("341181199001011232", rows.get(0).cell(RegisterColumn.ID_NUMBER));
        assertTrue(RegisterImportCheck.check(rows, RegisterSnapshot.EMPTY, id -> id).valid());
    }

    @Test
    void numbersAreReadAsStoredNotAsTheirDisplayFormatRoundsThem() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet();
            sheet.createRow(0).createCell(0).setCellValue(XlsxRegisterSheet.heading(RegisterColumn.BUILDING_NUMBER));
            CellStyle twoDecimals = book.createCellStyle();
            twoDecimals.setDataFormat(book.createDataFormat().getFormat("0.00"));
            XSSFRow row = sheet.createRow(4);
            row.createCell(0).setCellValue(3);
            row.createCell(2).setCellValue(18);
            row.createCell(3).setCellValue("1-101");
            row.createCell(4).setCellValue(89.505);
            row.getCell(4).setCellStyle(twoDecimals);
            book.write(out);
            List<SheetRow> rows = read(out.toByteArray());
            assertEquals(1, rows.size());
            assertEquals(5, rows.get(0).number(), "the Excel row number, gaps kept");
            assertArrayEquals(new String[] {"3", null, "18", "1-101", "89.505", null, null, null, null},
                    rows.get(0).cells());
        }
    }

    @Test
    void aSheetWithoutTheTemplatesHeadingIsRefused() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet().createRow(0).createCell(0).setCellValue("姓名");
            book.write(out);
            RuleViolation refused = assertThrows(RuleViolation.class, () -> read(out.toByteArray()));
            assertEquals("import.notTemplate", refused.messageKey());
        }
    }

    @Test
    void aFileThatIsNoWorkbookIsRefused() {
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> read("building,unit\n1,101\n".getBytes()));
        assertEquals("import.notXlsx", refused.messageKey());
    }
}
