package org.communitypartners.property.ledger.web;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.communitypartners.kernel.api.KernelBundle;
import org.communitypartners.kernel.api.web.ShanghaiTime;
import org.communitypartners.property.PropertyModule;
import org.communitypartners.property.ledger.application.LedgerViews.Approval;
import org.communitypartners.property.ledger.application.LedgerViews.Bulletin;
import org.communitypartners.property.ledger.application.LedgerViews.CategoryTotal;
import org.communitypartners.property.ledger.application.LedgerViews.EntryView;
import org.communitypartners.property.ledger.application.LedgerViews.StatementView;
import org.communitypartners.property.ledger.domain.LedgerSide;

/**
 * The bulletin of a published quarter on A4 paper for the compound's notice board (公告栏): the
 * figures, totals by category, every item, the three approvals with the hash they approved, the
 * chain head, and where to verify it online. The CJK font is embedded, so every reader shows it.
 */
final class BulletinPdf {
    private static final Color RULE = new Color(0xDE, 0xE2, 0xE6);
    private static final Color SHADE = new Color(0xF8, 0xF9, 0xFA);

    private final Locale locale;
    private final Font title;
    private final Font heading;
    private final Font text;
    private final Font small;
    private final LedgerFormat format = new LedgerFormat();
    private final ShanghaiTime time = new ShanghaiTime();

    BulletinPdf(BaseFont font, Locale locale) {
        this.locale = locale;
        this.title = new Font(font, 16, Font.BOLD);
        this.heading = new Font(font, 11, Font.BOLD);
        this.text = new Font(font, 9);
        this.small = new Font(font, 7);
    }

    void write(Bulletin bulletin, String verifyUrl, OutputStream out) {
        StatementView s = bulletin.statement();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle(bulletin.compoundName() + " " + s.quarter());
        document.open();
        Paragraph head = new Paragraph(bulletin.compoundName() + " · " + label("bulletin.statementOf", s.quarter()),
                title);
        head.setAlignment(Element.ALIGN_CENTER);
        document.add(head);
        Paragraph company = new Paragraph(bulletin.compoundCode() + (bulletin.companyName() == null ? ""
                : " · " + label("bulletin.company") + " " + bulletin.companyName()), small);
        company.setAlignment(Element.ALIGN_CENTER);
        company.setSpacingAfter(8);
        document.add(company);

        PdfPTable figures = table(new float[] {1, 1, 1, 1, 1});
        for (String key : List.of("ledger.opening", "ledger.income", "ledger.expense", "ledger.publicRevenue",
                "ledger.closing")) {
            figures.addCell(cell(label(key), heading, SHADE));
        }
        for (BigDecimal amount : List.of(s.totals().opening(), s.totals().income(), s.totals().expense(),
                s.totals().publicRevenue(), s.totals().closing())) {
            figures.addCell(money(amount, text));
        }
        document.add(figures);
        document.add(new Paragraph(label("bulletin.yuan") + " " + label("bulletin.publicRevenueNote"), small));

        document.add(section(label("bulletin.byCategory")));
        PdfPTable categories = table(new float[] {1, 3, 2});
        for (CategoryTotal total : s.totals().byCategory()) {
            categories.addCell(cell(label("ledgerSide." + total.side()), text, null));
            categories.addCell(cell(label("ledgerCategory." + total.category()), text, null));
            categories.addCell(money(total.amount(), text));
        }
        document.add(categories);

        document.add(section(label("bulletin.items")));
        PdfPTable items = table(new float[] {0.9f, 1.6f, 2.4f, 1.7f, 2.6f, 1.7f, 2.4f});
        items.setHeaderRows(1);
        for (String key : List.of("ledger.seq", "ledgerField.date", "ledgerField.category", "ledgerField.amount",
                "ledgerField.counterparty", "ledgerField.voucher", "ledgerField.summary")) {
            items.addCell(cell(label(key), heading, SHADE));
        }
        for (EntryView e : s.entries()) {
            items.addCell(cell(String.valueOf(e.sequence()), small, null));
            items.addCell(cell(e.date().toString(), small, null));
            items.addCell(cell(label("ledgerCategory." + e.category()) + (e.reverses() == null ? ""
                    : " (" + label("ledger.reverses") + " #" + e.reverses() + ")"), small, null));
            items.addCell(money(e.side() == LedgerSide.EXPENSE ? e.amount().negate() : e.amount(), small));
            items.addCell(cell(e.counterparty(), small, null));
            items.addCell(cell(e.voucher(), small, null));
            items.addCell(cell(e.summary(), small, null));
        }
        document.add(items);

        document.add(section(label("bulletin.approvals")));
        PdfPTable approvals = table(new float[] {2, 3, 6});
        List<Approval> three = Arrays.asList(s.submitted(), s.committee(), s.notary());
        for (int i = 0; i < three.size(); i++) {
            Approval approval = three.get(i);
            approvals.addCell(cell(label("approval." + i), text, SHADE));
            approvals.addCell(cell(approval.by() + "\n" + time.minutes(approval.at()), small, null));
            approvals.addCell(cell(approval.hash(), small, null));
        }
        approvals.addCell(cell(label("ledger.chainHead"), text, SHADE));
        PdfPCell chainHead = cell(s.chainHead(), small, null);
        chainHead.setColspan(2);
        approvals.addCell(chainHead);
        document.add(approvals);
        document.add(new Paragraph(label("bulletin.approvalHashNote"), small));
        Paragraph verify = new Paragraph(label("bulletin.verifyAt", verifyUrl), text);
        verify.setSpacingBefore(8);
        document.add(verify);
        document.close();
    }

    private Paragraph section(String name) {
        Paragraph paragraph = new Paragraph(name, heading);
        paragraph.setSpacingBefore(10);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        return table;
    }

    private static PdfPCell cell(String value, Font font, Color background) {
        PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, font));
        cell.setBorderColor(RULE);
        cell.setPadding(3);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }

    private PdfPCell money(BigDecimal amount, Font font) {
        PdfPCell cell = cell(format.yuan(amount), font, null);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private String label(String key, Object... arguments) {
        return KernelBundle.format(PropertyModule.BUNDLE, locale, key, arguments);
    }
}
