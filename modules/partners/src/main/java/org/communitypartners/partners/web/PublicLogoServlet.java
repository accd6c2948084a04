package org.communitypartners.partners.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.communitypartners.partners.application.PublicLogos;
import org.communitypartners.partners.domain.PartnerLogo;

/**
 * A public partner's logo for the residents' pages ({@code /logos/partner/<id>}): the image only,
 * no name of who uploaded it. Browsers and shared caches may keep it a day, and revalidate by its
 * version; the pages link it with the version in the address, so a new logo shows at once.
 */
@WebServlet("/logos/partner/*")
public class PublicLogoServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String CACHING = "public, max-age=86400";

    @Inject
    transient PublicLogos logos;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<PartnerLogo> logo = partnerId(request.getPathInfo()).flatMap(logos::logo);
        if (logo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String tag = "\"" + logo.get().getVersion() + "\"";
        response.setHeader("Cache-Control", CACHING);
        response.setHeader("ETag", tag);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (tag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        // An image has no character encoding: clear any default the container would add to its type.
        response.setCharacterEncoding((String) null);
        response.setContentType(logo.get().getContentType());
        response.setContentLength(logo.get().getContent().length);
        response.getOutputStream().write(logo.get().getContent());
    }

    /** The id after the servlet's path; empty for anything that is not a plain number. */
    static Optional<Long> partnerId(String pathInfo) {
        if (pathInfo == null || !pathInfo.matches("/\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(pathInfo.substring(1)));
    }
}
