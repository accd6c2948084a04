package org.communitypartners.massorg.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.massorg.application.ActivityReviews.PhotoContent;
import org.communitypartners.massorg.application.PublicReviews;

/**
 * Photos of past activities for the public calendar: {@code /activities/photo?id=<photo>}. Not
 * limited per address like the code lookups: a photo id opens nothing personal, and a month page
 * shows many.
 */
@WebServlet("/activities/photo")
public class PublicActivityPhotoServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient PublicReviews reviews;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PhotoContent photo;
        try {
            photo = reviews.photo(Long.parseLong(request.getParameter("id")));
        } catch (NumberFormatException notAnId) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (RuntimeException e) {
            if (Feedback.find(e, NotFoundInScope.class) == null) {
                throw e;
            }
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(photo.contentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(photo.content().length);
        response.getOutputStream().write(photo.content());
    }
}
