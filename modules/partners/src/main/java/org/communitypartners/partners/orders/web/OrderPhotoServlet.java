package org.communitypartners.partners.orders.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.partners.orders.application.ResidentDesk;
import org.communitypartners.partners.orders.domain.Photo;

/**
 * Photos of an order for the holder of its tracking code (the public tracking page); staff and
 * partners read photos through their REST paths, which check their scope.
 */
@WebServlet("/requests/photo")
public class OrderPhotoServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private static final int TOO_MANY_REQUESTS = 429;

    @Inject
    transient ResidentDesk residents;
    @Inject
    transient PublicLimits limits;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Photo photo;
        try {
            limits.lookup();
            photo = residents.photo(request.getParameter("code"), Long.parseLong(request.getParameter("id")));
        } catch (NumberFormatException | NotFoundInScope notFound) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (RuleViolation tooMany) {
            response.sendError(TOO_MANY_REQUESTS);
            return;
        }
        response.setContentType(photo.getContentType());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(photo.getSizeBytes());
        response.getOutputStream().write(photo.getContent());
    }
}
