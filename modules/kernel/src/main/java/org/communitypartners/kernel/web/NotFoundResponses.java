package org.communitypartners.kernel.web;

import static jakarta.servlet.http.HttpServletResponse.SC_FORBIDDEN;
import static jakarta.servlet.http.HttpServletResponse.SC_NOT_FOUND;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.DispatcherType;
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
        if (request.getDispatcherType() == DispatcherType.ERROR && response.getStatus() == SC_FORBIDDEN) {
            // The container refused a URL constraint before any filter ran; its error page answers 404.
            response.setStatus(SC_NOT_FOUND);
        }
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
