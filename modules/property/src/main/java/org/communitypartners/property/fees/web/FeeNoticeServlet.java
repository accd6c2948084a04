package org.communitypartners.property.fees.web;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.property.fees.application.FeeNotices;
import org.communitypartners.property.fees.application.FeeViews.FeeNotice;

/**
 * A compound's fee notice as JSON, public like the notice page (REST under /api/v1 needs a
 * sign-in): {@code GET /fees/notice.json?compound=<15-digit compound code>}.
 */
@WebServlet("/fees/notice.json")
public class FeeNoticeServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    FeeNotices notices;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FeeNotice notice;
        try {
            notice = notices.notice(request.getParameter("compound"));
        } catch (RuntimeException e) {
            if (Feedback.find(e, NotFoundInScope.class) != null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw e;
        }
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.toJson(notice));
    }
}
