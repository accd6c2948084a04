package org.communitypartners.kernel.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.communitypartners.kernel.api.AuditTrail;

/** Ends the session and returns to the sign-in page. POST only, so a link cannot sign anyone out. */
@WebServlet(name = "SignOut", urlPatterns = "/logout")
public class SignOut extends HttpServlet {

    @Inject
    AuditTrail audit;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (request.getUserPrincipal() != null) {
            audit.success("logout", "UserAccount", request.getUserPrincipal().getName(), null);
        }
        request.logout();
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/login.xhtml");
    }
}
