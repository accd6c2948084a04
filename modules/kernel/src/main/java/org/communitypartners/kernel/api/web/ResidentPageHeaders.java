package org.communitypartners.kernel.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers for residents' public pages, whose addresses can carry a resident's code (tracking,
 * registration) and whose answers can be personal: no other site learns the address from the
 * Referer header, and no shared cache keeps the page. A module extends it with its own
 * {@code @WebFilter} URL pattern.
 */
public abstract class ResidentPageHeaders extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
        chain.doFilter(request, response);
    }
}
