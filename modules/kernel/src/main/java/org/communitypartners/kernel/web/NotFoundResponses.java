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
import java.util.Arrays;
import java.util.List;
import org.communitypartners.kernel.api.NotFoundInScope;

/**
 * Makes "forbidden" indistinguishable from "missing": a 403, a role refusal or a row outside
 * the caller's scope all answer 404, so probing ids or URLs tells nothing. Paths under the
 * init parameter {@code pass-through} (comma-separated prefixes) are left alone: public
 * protocols such as Open311 define their own 403.
 */
public class NotFoundResponses extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private List<String> passThrough = List.of();

    @Override
    public void init() {
        String prefixes = getInitParameter("pass-through");
        passThrough = prefixes == null ? List.of() : Arrays.stream(prefixes.split(",")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (passThrough.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
            return;
        }
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
