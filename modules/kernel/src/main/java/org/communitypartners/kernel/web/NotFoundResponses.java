package org.communitypartners.kernel.web;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.communitypartners.kernel.api.NotFoundInScope;

/**
 * Makes "forbidden" indistinguishable from "missing": a 403, a role refusal or a row outside
 * the caller's scope all answer 404, so probing ids or URLs tells nothing.
 */
public class NotFoundResponses extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, new HttpServletResponseWrapper(response) {
                @Override
                public void sendError(int status) throws IOException {
                    super.sendError(status == SC_FORBIDDEN ? SC_NOT_FOUND : status);
                }

                @Override
                public void sendError(int status, String message) throws IOException {
                    super.sendError(status == SC_FORBIDDEN ? SC_NOT_FOUND : status);
                }

                @Override
                public void setStatus(int status) {
                    super.setStatus(status == SC_FORBIDDEN ? SC_NOT_FOUND : status);
                }
            });
        } catch (ServletException | RuntimeException e) {
            if (!isNotFound(e) || response.isCommitted()) {
                throw e;
            }
            response.reset();
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    static boolean isNotFound(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof NotFoundInScope || cause instanceof EJBAccessException) {
                return true;
            }
        }
        return false;
    }
}
