package org.communitypartners.property.ledger.web;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.property.ledger.application.PublicLedger;

/**
 * The public JSON of a compound's ledger, no sign-in: {@code GET /ledger/export.json?compound=<code>}
 * (every published quarter, the whole chain; {@code &quarter=2026Q3} for one) and
 * {@code GET /ledger/verify.json?compound=<code>} (the chain recomputed on the server from the
 * stored entries: passed, or where it breaks; 429 past the hour's allowance per address). An
 * unknown compound answers 404.
 */
@WebServlet({"/ledger/export.json", "/ledger/verify.json"})
public class PublicLedgerServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final int TOO_MANY_REQUESTS = 429;

    @Inject
    PublicLedger ledger;
    @Inject
    PublicLedgerLimits limits;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String compound = request.getParameter("compound");
        try {
            JsonObject body;
            if (request.getServletPath().endsWith("verify.json")) {
                if (!limits.verification()) {
                    response.setHeader("Retry-After", "3600");
                    response.sendError(TOO_MANY_REQUESTS);
                    return;
                }
                body = LedgerJson.check(compound, ledger.verify(compound));
            } else {
                body = LedgerJson.export(ledger.export(compound, request.getParameter("quarter")));
            }
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(body.toString());
        } catch (RuntimeException e) {
            if (Feedback.find(e, NotFoundInScope.class) != null || Feedback.find(e, RuleViolation.class) != null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } else {
                throw e;
            }
        }
    }
}
