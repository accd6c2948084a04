package org.communitypartners.kernel.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Until a user with a one-time password has chosen their own, every page leads to the
 * password page. The sign-in page sets the session flag; the password page clears it.
 */
public class PasswordChangeGate extends HttpFilter {
    static final String MUST_CHANGE = "cp.mustChangePassword";
    static final String PASSWORD_PAGE = "/account/password.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE)) && !allowed(request)) {
            String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
            if (path.startsWith(ModuleGateFilter.API_PREFIX)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            } else {
                response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.equals(PASSWORD_PAGE) || path.equals("/logout") || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/errors/");
    }
}
