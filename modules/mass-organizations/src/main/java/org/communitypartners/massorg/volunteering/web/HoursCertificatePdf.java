package org.communitypartners.massorg.volunteering.web;

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
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.communitypartners.massorg.MassOrganizationsModule;
import org.communitypartners.massorg.volunteering.application.Certificate;

/**
 * A certificate of volunteer hours on one A4 page: who, which organisation, every verified shift
 * and the total, in the reader's language, with the CJK font embedded so it prints anywhere.
 */
final class HoursCertificatePdf {

    private HoursCertificatePdf() {
    }

    static byte[] render(Certificate certificate, BaseFont font, Locale locale) {
        ResourceBundle text = ResourceBundle.getBundle(MassOrganizationsModule.BUNDLE, locale);
        Font title = new Font(font, 20, Font.BOLD);
        Font body = new Font(font, 12);
        Font small = new Font(font, 10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 64, 56);
        PdfWriter.getInstance(document, out);
        // The title names the volunteer, so a reader's document list (and a test) can tell certificates apart.
        document.addTitle(text.getString("certificate.title") + " · " + certificate.volunteerName());
        document.addSubject(certificate.organisationName());
        document.open();
        Paragraph heading = new Paragraph(text.getString("certificate.title"), title);
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingAfter(24);
        document.add(heading);
        Paragraph statement = new Paragraph(MessageFormat.format(text.getString("certificate.statement"),
                certificate.volunteerName(), certificate.organisationName(), certificate.totalHours().toPlainString()),
                body);
        statement.setLeading(22);
        statement.setSpacingAfter(16);
        document.add(statement);
        PdfPTable table = new PdfPTable(new float[] {2.2f, 4.5f, 3f, 1.6f});
        table.setWidthPercentage(100);
        for (String key : new String[] {"certificate.day", "certificate.place", "certificate.task", "certificate.hours"}) {
            PdfPCell cell = new PdfPCell(new Phrase(text.getString(key), small));
            cell.setGrayFill(0.9f);
            table.addCell(cell);
        }
        for (Certificate.Line line : certificate.lines()) {
            table.addCell(new Phrase(line.day().toString(), small));
            table.addCell(new Phrase(line.place(), small));
            table.addCell(new Phrase(line.task(), small));
            PdfPCell hours = new PdfPCell(new Phrase(line.hours().toPlainString(), small));
            hours.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(hours);
        }
        PdfPCell totalLabel = new PdfPCell(new Phrase(text.getString("certificate.total"), small));
        totalLabel.setColspan(3);
        table.addCell(totalLabel);
        PdfPCell total = new PdfPCell(new Phrase(certificate.totalHours().toPlainString(), small));
        total.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(total);
        document.add(table);
        Paragraph rule = new Paragraph(text.getString("certificate.rule"), small);
        rule.setSpacingBefore(12);
        document.add(rule);
        Paragraph issued = new Paragraph(MessageFormat.format(text.getString("certificate.issued"),
                certificate.organisationName(), certificate.issuedOn().toString(), certificate.serial()), body);
        issued.setAlignment(Element.ALIGN_RIGHT);
        issued.setSpacingBefore(36);
        document.add(issued);
        document.close();
        return out.toByteArray();
    }
}
