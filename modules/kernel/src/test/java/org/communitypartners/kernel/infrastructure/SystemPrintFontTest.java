package org.communitypartners.kernel.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.communitypartners.kernel.api.PrintFontMissing;
import org.junit.jupiter.api.Test;

/** The machine's CJK font (CI installs fonts-wqy-microhei) prints Chinese that reads back from the PDF. */
class SystemPrintFontTest {

    @Test
    void chinesePrintedWithTheServerFontIsEmbeddedAndReadsBack() throws IOException {
        SystemPrintFont font = new SystemPrintFont(SystemPrintFont.DEBIAN_FONTS);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, pdf);
        document.open();
        document.add(new Paragraph("金园华庭 2026 年第三季度收支公示", new Font(font.embedded(), 12)));
        document.close();

        String raw = new String(pdf.toByteArray(), StandardCharsets.ISO_8859_1);
        assertTrue(raw.contains("/FontFile2"), "the glyphs travel inside the PDF");
        PdfReader reader = new PdfReader(pdf.toByteArray());
        assertEquals("金园华庭 2026 年第三季度收支公示", new PdfTextExtractor(reader).getTextFromPage(1).strip());
        assertSame(font.embedded(), font.embedded(), "loaded once");
    }

    @Test
    void aConfiguredFontThatIsNotThereIsReportedNotReplaced() {
        SystemPrintFont font = new SystemPrintFont(List.of(Path.of("/nonexistent/typo-microhei.ttc")));

        PrintFontMissing missing = assertThrows(PrintFontMissing.class, font::embedded);
        assertTrue(missing.getMessage().contains("typo-microhei.ttc"), missing.getMessage());
    }
}
