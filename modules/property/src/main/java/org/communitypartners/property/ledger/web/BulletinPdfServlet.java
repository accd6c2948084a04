package org.communitypartners.property.ledger.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.PrintFont;
import org.communitypartners.kernel.api.PrintFontMissing;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.property.ledger.application.LedgerViews.Bulletin;
import org.communitypartners.property.ledger.application.PublicLedger;

/**
 * The bulletin as a PDF for the notice board, no sign-in:
 * {@code GET /ledger/bulletin.pdf?compound=<code>[&quarter=2026Q3][&lang=en]} (Chinese unless
 * asked otherwise). 404 for an unknown compound or quarter, 503 when the server has no CJK font.
 */
@WebServlet("/ledger/bulletin.pdf")
public class BulletinPdfServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    PublicLedger ledger;
    @Inject
    PrintFont font;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String compound = request.getParameter("compound");
        Locale locale = "en".equals(request.getParameter("lang")) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Bulletin bulletin;
        try {
            bulletin = ledger.bulletin(compound, request.getParameter("quarter"));
            if (bulletin.statement() == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            String verify = request.getRequestURL().toString().replace("bulletin.pdf", "bulletin.xhtml")
                    + "?compound=" + bulletin.compoundCode() + "&quarter=" + bulletin.statement().quarter();
            new BulletinPdf(font.embedded(), locale).write(bulletin, verify, pdf);
        } catch (RuntimeException e) {
            if (Feedback.find(e, PrintFontMissing.class) != null) {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            } else if (Feedback.find(e, NotFoundInScope.class) != null
                    || Feedback.find(e, RuleViolation.class) != null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } else {
                throw e;
            }
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"ledger-" + bulletin.compoundCode() + "-"
                + bulletin.statement().quarter() + ".pdf\"");
        response.setContentLength(pdf.size());
        pdf.writeTo(response.getOutputStream());
    }
}
