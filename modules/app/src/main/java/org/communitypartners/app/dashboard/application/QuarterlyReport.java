package org.communitypartners.app.dashboard.application;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.communitypartners.kernel.api.KernelBundle;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.indicators.Figure;
import org.communitypartners.kernel.api.indicators.Quarter;

/**
 * The quarterly report for meetings (季度工作报告): a cover, the figures against the quarter
 * before and last year, a bar chart of each indicator's eight quarters, the figures of each
 * area below, and the category breakdowns. Chinese, on A4, with the server's CJK font embedded.
 */
public final class QuarterlyReport {
    static final String BUNDLE = "org.communitypartners.app.messages";
    private static final Locale CHINESE = KernelBundle.CHINESE;
    private static final Color BAR = new Color(0x25, 0x63, 0xeb);
    private static final Color RULE = new Color(0xcb, 0xd5, 0xe1);
    /** Columns of the per-area table that fit across a landscape page besides the area's name. */
    private static final int AREA_COLUMNS = 7;
    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final BaseFont font;

    public QuarterlyReport(BaseFont font) {
        this.font = font;
    }

    public byte[] print(DashboardView view, LocalDate printedOn) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, pdf);
            document.addTitle(title(view));
            document.open();
            cover(document, view, printedOn);
            document.newPage();
            figures(document, view);
            charts(document, writer, view);
            if (!view.parts().isEmpty()) {
                document.setPageSize(PageSize.A4.rotate());
                document.newPage();
                areas(document, view);
            }
            for (DashboardView.Breakdown breakdown : view.breakdowns()) {
                if (!breakdown.rows().isEmpty()) {
                    breakdown(document, breakdown);
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the quarterly report could not be laid out", e);
        }
        return pdf.toByteArray();
    }

    private String title(DashboardView view) {
        Quarter q = view.quarter();
        return text(BUNDLE, "report.title", view.place().name(), q.year(), q.number());
    }

    private void cover(Document document, DashboardView view, LocalDate printedOn) throws DocumentException {
        Paragraph title = new Paragraph(title(view), new Font(font, 24, Font.BOLD));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingBefore(200);
        document.add(title);
        Paragraph about = new Paragraph(text(BUNDLE, "report.cover", printedOn.toString()), new Font(font, 12));
        about.setAlignment(Element.ALIGN_CENTER);
        about.setSpacingBefore(24);
        document.add(about);
        if (view.summarizedAt() != null) {
            Paragraph asOf = new Paragraph(text(BUNDLE, view.underWaySummarized()
                    ? "report.summaryWithUnderWayAsOf" : "report.summaryAsOf", AS_OF.format(view.summarizedAt())),
                    new Font(font, 10));
            asOf.setAlignment(Element.ALIGN_CENTER);
            document.add(asOf);
        }
    }

    private void figures(Document document, DashboardView view) throws DocumentException {
        document.add(heading(text(BUNDLE, "dashboard.figures") + " · " + view.quarter()));
        PdfPTable table = new PdfPTable(new float[] {4, 2, 2, 1.5f, 2, 1.5f});
        table.setWidthPercentage(100);
        header(table, "dashboard.indicator", "dashboard.now", "dashboard.previous", "dashboard.changePrevious",
                "dashboard.lastYear", "dashboard.changeLastYear");
        for (DashboardView.Row row : view.rows()) {
            table.addCell(cell(label(row.bundle(), row.key()), Element.ALIGN_LEFT));
            table.addCell(cell(shown(row.now()), Element.ALIGN_RIGHT));
            table.addCell(cell(shown(row.previous()), Element.ALIGN_RIGHT));
            table.addCell(cell(change(row.now(), row.previous()), Element.ALIGN_RIGHT));
            table.addCell(cell(shown(row.lastYear()), Element.ALIGN_RIGHT));
            table.addCell(cell(change(row.now(), row.lastYear()), Element.ALIGN_RIGHT));
        }
        document.add(table);
    }

    /** One small bar chart per indicator over the eight quarters, two to a row. */
    private void charts(Document document, PdfWriter writer, DashboardView view) throws DocumentException {
        document.newPage();
        document.add(heading(text(BUNDLE, "dashboard.trend")));
        PdfPTable grid = new PdfPTable(2);
        grid.setWidthPercentage(100);
        for (DashboardView.Row row : view.rows()) {
            PdfPCell chart = new PdfPCell();
            chart.setBorder(Rectangle.NO_BORDER);
            chart.setFixedHeight(150);
            chart.setCellEvent((cell, position, canvases) ->
                    bars(canvases[PdfPTable.TEXTCANVAS], position, label(row.bundle(), row.key()), view.trend(), row.trend()));
            grid.addCell(chart);
        }
        grid.completeRow();
        document.add(grid);
    }

    private void bars(PdfContentByte canvas, Rectangle box, String title, List<Quarter> quarters, List<Figure> figures) {
        float left = box.getLeft() + 6;
        float bottom = box.getBottom() + 18;
        float width = box.getWidth() - 12;
        float height = box.getHeight() - 40;
        BigDecimal max = figures.stream().map(f -> f.value().orElse(BigDecimal.ZERO)).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
        canvas.beginText();
        canvas.setFontAndSize(font, 9);
        canvas.showTextAligned(Element.ALIGN_LEFT, title, left, box.getTop() - 12, 0);
        canvas.endText();
        canvas.setColorStroke(RULE);
        canvas.moveTo(left, bottom);
        canvas.lineTo(left + width, bottom);
        canvas.stroke();
        float slot = width / figures.size();
        for (int i = 0; i < figures.size(); i++) {
            BigDecimal value = figures.get(i).value().orElse(null);
            float x = left + i * slot;
            if (value != null && max.signum() > 0) {
                float h = value.floatValue() / max.floatValue() * height;
                canvas.setColorFill(BAR);
                canvas.rectangle(x + slot * 0.2f, bottom, slot * 0.6f, h);
                canvas.fill();
            }
            canvas.beginText();
            canvas.setColorFill(Color.DARK_GRAY);
            canvas.setFontAndSize(font, 6);
            canvas.showTextAligned(Element.ALIGN_CENTER, quarters.get(i).toString(), x + slot / 2, bottom - 8, 0);
            canvas.showTextAligned(Element.ALIGN_CENTER, shown(figures.get(i)), x + slot / 2,
                    bottom + 2 + (value == null || max.signum() == 0 ? 0 : value.floatValue() / max.floatValue() * height),
                    0);
            canvas.endText();
        }
    }

    private void areas(Document document, DashboardView view) throws DocumentException {
        document.add(heading(text(BUNDLE, "dashboard.byPart") + " · " + view.quarter()));
        for (int from = 0; from < view.rows().size(); from += AREA_COLUMNS) {
            List<DashboardView.Row> columns = view.rows().subList(from, Math.min(from + AREA_COLUMNS, view.rows().size()));
            PdfPTable table = new PdfPTable(columns.size() + 1);
            table.setWidthPercentage(100);
            table.setSpacingAfter(12);
            table.addCell(headerCell(text(BUNDLE, "dashboard.place")));
            columns.forEach(c -> table.addCell(headerCell(label(c.bundle(), c.key()))));
            for (OrgUnitView part : view.parts()) {
                table.addCell(cell(part.name(), Element.ALIGN_LEFT));
                columns.forEach(c -> table.addCell(cell(shown(c.byPart().get(part.id())), Element.ALIGN_RIGHT)));
            }
            document.add(table);
        }
    }

    private void breakdown(Document document, DashboardView.Breakdown breakdown) throws DocumentException {
        document.add(heading(label(breakdown.bundle(), breakdown.key())));
        PdfPTable table = new PdfPTable(new float[] {4, 2, 2});
        table.setWidthPercentage(60);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        header(table, "dashboard.category", "dashboard.now", "dashboard.previous");
        for (DashboardView.CategoryRow row : breakdown.rows()) {
            table.addCell(cell(row.nameZh() == null ? row.code() : row.nameZh(), Element.ALIGN_LEFT));
            table.addCell(cell(shown(row.now()), Element.ALIGN_RIGHT));
            table.addCell(cell(shown(row.previous()), Element.ALIGN_RIGHT));
        }
        document.add(table);
    }

    private Paragraph heading(String text) {
        Paragraph heading = new Paragraph(text, new Font(font, 14, Font.BOLD));
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(8);
        return heading;
    }

    private void header(PdfPTable table, String... keys) {
        for (String key : keys) {
            table.addCell(headerCell(text(BUNDLE, key)));
        }
    }

    private PdfPCell headerCell(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, new Font(font, 9, Font.BOLD)));
        cell.setBackgroundColor(new Color(0xf1, 0xf5, 0xf9));
        cell.setPadding(4);
        return cell;
    }

    private PdfPCell cell(String text, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, new Font(font, 9)));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        return cell;
    }

    private static String label(String bundle, String key) {
        return text(bundle == null ? BUNDLE : bundle, "indicator." + key);
    }

    private static String text(String bundle, String key, Object... arguments) {
        return KernelBundle.format(bundle, CHINESE, key, arguments);
    }

    static String shown(Figure figure) {
        if (figure == null) {
            return "—";
        }
        return figure.value().map(v -> {
            NumberFormat format = NumberFormat.getNumberInstance(CHINESE);
            format.setMinimumFractionDigits(figure.unit().decimals());
            format.setMaximumFractionDigits(figure.unit().decimals());
            String number = format.format(v);
            return switch (figure.unit()) {
                case PERCENT -> number + "%";
                case YUAN -> "¥" + number;
                default -> number;
            };
        }).orElse("—");
    }

    static String change(Figure now, Figure before) {
        return now.changeFrom(before).map(c -> (c.signum() > 0 ? "+" : "") + c.toPlainString() + "%").orElse("—");
    }
}
