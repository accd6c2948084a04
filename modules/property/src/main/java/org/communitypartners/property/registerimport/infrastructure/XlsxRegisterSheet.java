package org.communitypartners.property.registerimport.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.communitypartners.kernel.api.KernelBundle;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.property.PropertyModule;
import org.communitypartners.property.registerimport.domain.RegisterColumn;
import org.communitypartners.property.registerimport.domain.SheetRow;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The import file format: the first sheet of an .xlsx, headings in row 1 (Chinese / English),
 * one owner per row from row 2. Read with POI's streaming (SAX) reader, so a 20,000-row file
 * never becomes a workbook in memory; cells are taken as stored (a number as Excel stored it, not
 * as its display format rounds it), so an area of 89.505 shown as 89.51 is still seen as 89.505.
 */
public final class XlsxRegisterSheet {
    /** Far above any compound's units; a larger file is refused before it is checked. */
    public static final int MAX_ROWS = 50_000;

    private XlsxRegisterSheet() {
    }

    /** The data rows (heading row checked and skipped); {@code read} hears the count of rows read so far. */
    public static List<SheetRow> read(InputStream file, IntConsumer read) {
        try (OPCPackage xlsx = OPCPackage.open(file)) {
            XSSFReader reader = new XSSFReader(xlsx);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw violation("import.notXlsx");
            }
            Rows rows = new Rows(read);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                        new ReadOnlySharedStringsTable(xlsx), rows, new StoredValues(), false));
                parser.parse(new InputSource(sheet));
            }
            if (!rows.headingSeen) {
                throw violation("import.notTemplate");
            }
            return rows.rows;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                 | RuntimeException unreadable) {
            RuleViolation rule = cause(unreadable);
            throw rule != null ? rule : violation("import.notXlsx");
        }
    }

    /** The template: headings in both languages, ID and phone columns as text, one example row. */
    public static byte[] template() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("房产登记 Register");
            CellStyle text = book.createCellStyle();
            text.setDataFormat(book.createDataFormat().getFormat("@"));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            XSSFRow heading = sheet.createRow(0);
            for (RegisterColumn column : RegisterColumn.values()) {
                heading.createCell(column.ordinal()).setCellValue(heading(column));
                heading.getCell(column.ordinal()).setCellStyle(bold);
                sheet.setDefaultColumnStyle(column.ordinal(), text);
                sheet.setColumnWidth(column.ordinal(), 20 * 256);
            }
            exampleRow(sheet.createRow(1), text);
            sheet.createFreezePane(0, 1);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("the template cannot be written", e);
        }
    }

    /** A heading as the template writes it: "楼栋号 / Building no.". */
    public static String heading(RegisterColumn column) {
        return KernelBundle.format(PropertyModule.BUNDLE, KernelBundle.CHINESE, column.headingKey()) + " / "
                + KernelBundle.format(PropertyModule.BUNDLE, KernelBundle.ENGLISH, column.headingKey());
    }

    private static void exampleRow(XSSFRow row, CellStyle text) {
        Object[] example = {"1", "1 号楼", 18, "1-101", new BigDecimal("89.50"), "张三", "341181199001011232",
            "13955556666", 100};
        for (int i = 0; i < example.length; i++) {
            if (example[i] instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else {
                row.createCell(i).setCellValue(example[i].toString());
                row.getCell(i).setCellStyle(text);
            }
        }
    }

    private static RuleViolation cause(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof RuleViolation rule) {
                return rule;
            }
        }
        return null;
    }

    private static RuleViolation violation(String key, Object... arguments) {
        return new RuleViolation(PropertyModule.BUNDLE, key, arguments);
    }

    /** Collects rows as text per column; row 1 must be the template's heading row. */
    private static final class Rows implements SheetContentsHandler {
        private final List<SheetRow> rows = new ArrayList<>();
        private final IntConsumer read;
        private String[] cells;
        private boolean headingSeen;

        Rows(IntConsumer read) {
            this.read = read;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new String[RegisterColumn.values().length];
        }

        @Override
        public void endRow(int rowNum) {
            if (rowNum == 0) {
                String first = cells[0] == null ? "" : cells[0].toLowerCase(Locale.ROOT);
                headingSeen = first.contains(KernelBundle.format(PropertyModule.BUNDLE, KernelBundle.CHINESE,
                        RegisterColumn.BUILDING_NUMBER.headingKey()))
                        || first.contains(KernelBundle.format(PropertyModule.BUNDLE, KernelBundle.ENGLISH,
                        RegisterColumn.BUILDING_NUMBER.headingKey()).toLowerCase(Locale.ROOT));
                if (!headingSeen) {
                    throw violation("import.notTemplate");
                }
                return;
            }
            if (rows.size() == MAX_ROWS) {
                throw violation("import.tooManyRows", MAX_ROWS);
            }
            rows.add(new SheetRow(rowNum + 1, cells));
            if (rows.size() % 500 == 0) {
                read.accept(rows.size());
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            if (column < cells.length) {
                cells[column] = value;
            }
        }
    }

    /**
     * Gives a number cell as the number Excel stored (shortest decimal that reads back the same),
     * never as its display format would round it: the rules must see what the file really says.
     */
    private static final class StoredValues extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            return formatRawCellContents(value, formatIndex, formatString);
        }
    }
}
