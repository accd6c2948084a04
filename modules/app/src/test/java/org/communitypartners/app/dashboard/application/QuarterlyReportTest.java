package org.communitypartners.app.dashboard.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.indicators.Figure;
import org.communitypartners.kernel.api.indicators.FigureUnit;
import org.communitypartners.kernel.api.indicators.Quarter;
import org.junit.jupiter.api.Test;

/** The report prints the place, the quarter and each figure in Chinese (with the font CI installs). */
class QuarterlyReportTest {
    private static final OrgUnitView GUANGLING = new OrgUnitView(2, "341181001000", "广陵街道", OrgLevel.SUBDISTRICT,
            1L, "/1/2/", null, null, true, 0);
    private static final OrgUnitView TIANFU = new OrgUnitView(4, "341181001002", "天福社区", OrgLevel.COMMUNITY,
            2L, "/1/2/4/", null, null, true, 0);

    @Test
    void theReportCarriesTheCoverTheFiguresAndEachArea() throws IOException {
        Quarter q = new Quarter(2024, 2);
        List<Figure> trend = Collections.nCopies(8, Figure.count(4));
        DashboardView.Row received = new DashboardView.Row("partners", "org.communitypartners.partners.messages",
                "orders.received", FigureUnit.COUNT, true, null, Figure.count(12), Figure.count(8), Figure.count(20),
                trend, Map.of(4L, Figure.count(12)));
        DashboardView.Row onTime = new DashboardView.Row("partners", "org.communitypartners.partners.messages",
                "orders.onTime", FigureUnit.PERCENT, true, null, Figure.share(2, 3), Figure.share(0, 0),
                Figure.share(1, 2), Collections.nCopies(8, Figure.share(0, 0)), Map.of(4L, Figure.share(2, 3)));
        DashboardView view = new DashboardView(GUANGLING, List.of(), q, q.lastQuarters(8), List.of(TIANFU),
                List.of(received, onTime), List.of(), Instant.parse("2024-07-04T18:50:00Z"), false);

        byte[] pdf = new QuarterlyReport(font()).print(view, LocalDate.of(2024, 7, 5));

        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor text = new PdfTextExtractor(reader);
        assertTrue(text.getTextFromPage(1).contains("广陵街道 2024年第2季度社区合伙人工作报告"), text.getTextFromPage(1));
        assertTrue(text.getTextFromPage(1).contains("2024-07-05 02:50"), "as of, China time: " + text.getTextFromPage(1));
        String figures = text.getTextFromPage(2);
        assertTrue(figures.contains("受理工单") && figures.contains("12") && figures.contains("+50.0%"), figures);
        assertTrue(figures.contains("66.7%") && figures.contains("—"), "a rate over nothing prints as a dash");
        String areas = text.getTextFromPage(reader.getNumberOfPages());
        assertTrue(areas.contains("天福社区"), areas);
        assertEquals(4, reader.getNumberOfPages(), "cover, figures, charts, areas");
    }

    private static BaseFont font() throws IOException {
        return BaseFont.createFont("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0", BaseFont.IDENTITY_H,
                BaseFont.EMBEDDED);
    }
}
