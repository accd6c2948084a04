package org.communitypartners.merchants.library.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.communitypartners.kernel.api.KernelBundle;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.merchants.library.application.CircleView;
import org.communitypartners.merchants.library.application.LifeCircle;
import org.communitypartners.merchants.library.domain.GeoPoint;
import org.communitypartners.merchants.library.domain.MerchantCategory;

/**
 * Public JSON of the 15-minute circle, for residents' mini-programs and portals (the page shows the
 * same): GET {@code /nearby/circle?compound=<12-digit code>} or
 * {@code ?s=<subdistrict code>&lat=<WGS-84>&lon=<WGS-84>}, optionally {@code &category=BARBER}. Only what
 * shops show the public. 400 with the broken rule in Chinese and English; 404 where the place or
 * the module is not there. Public REST lives outside /api/v1, which needs a signed-in caller.
 */
@WebServlet("/nearby/circle")
public class NearbyServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    LifeCircle circle;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = KernelBundle.ofAcceptLanguage(request.getParameter("lang") != null ? request.getParameter("lang")
                : request.getHeader("Accept-Language"));
        try {
            MerchantCategory category = MerchantCategory.parse(request.getParameter("category"));
            String compound = request.getParameter("compound");
            CircleView view = compound != null && !compound.isBlank()
                    ? circle.publicAroundCompound(compound, category, locale)
                    : circle.publicAroundPoint(request.getParameter("s"),
                    GeoPoint.of(request.getParameter("lat"), request.getParameter("lon")), category, locale);
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(JSON.toJson(view));
        } catch (RuntimeException e) {
            RuleViolation violation = Feedback.find(e, RuleViolation.class);
            if (violation != null) {
                JsonObject body = Json.createObjectBuilder().add("status", 400).add("error", violation.messageKey())
                        .add("message_zh", KernelBundle.format(violation, KernelBundle.CHINESE))
                        .add("message_en", KernelBundle.format(violation, KernelBundle.ENGLISH)).build();
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                response.setContentType("application/json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write(body.toString());
            } else if (Feedback.find(e, NotFoundInScope.class) != null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } else {
                throw e;
            }
        }
    }
}
