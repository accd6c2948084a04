package org.communitypartners.kernel.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.communitypartners.kernel.application.KernelSettings;
import org.communitypartners.kernel.application.RequestOrigin;

/** Notes the client address of each request for the audit log. */
public class RequestOriginFilter extends HttpFilter {

    @Inject
    RequestOrigin origin;
    @Inject
    KernelSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.arrivedFrom(clientAddress(request));
        chain.doFilter(request, response);
    }

    /**
     * Behind a trusted load balancer, the last X-Forwarded-For address is the one that balancer
     * saw; earlier ones were written by the client and prove nothing.
     */
    private String clientAddress(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-For");
        if (settings.trustForwardedFor() && forwarded != null && !forwarded.isBlank()) {
            String[] hops = forwarded.split(",");
            return hops[hops.length - 1].strip();
        }
        return request.getRemoteAddr();
    }
}
