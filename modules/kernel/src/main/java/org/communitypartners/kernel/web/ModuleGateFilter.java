package org.communitypartners.kernel.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.communitypartners.kernel.api.AuditResult;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.FeatureModule;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.application.FeatureModules;
import org.communitypartners.kernel.application.ModuleGateService;

/**
 * A switched-off module does not exist for the caller: its pages ({@code /<module>/...}) and
 * REST resources ({@code /api/v1/<module>...}) answer 404. Public pages and public REST are
 * outside these prefixes, carry their subdistrict, and are gated by their module through
 * {@link ModuleGate#requireEnabledAt}.
 */
public class ModuleGateFilter extends HttpFilter {
    static final String API_PREFIX = "/api/v1/";

    @Inject
    FeatureModules modules;
    @Inject
    ModuleGateService gate;
    @Inject
    AuditTrail audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<FeatureModule> module = moduleOf(request.getServletPath() + nullToEmpty(request.getPathInfo()));
        if (module.isPresent() && !gate.isEnabledForCaller(module.get().key())) {
            audit.record("module.use", "Module", module.get().key(), AuditResult.DENIED, request.getRequestURI());
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }

    Optional<FeatureModule> moduleOf(String path) {
        String rest = path.startsWith(API_PREFIX) ? path.substring(API_PREFIX.length() - 1) : path;
        String first = firstSegment(rest);
        return first == null ? Optional.empty() : modules.byKey(first);
    }

    /** "partners" for "/partners", "/partners/" and "/partners/x.xhtml"; null for "/" or "/index.xhtml". */
    static String firstSegment(String path) {
        if (path == null || path.length() < 2) {
            return null;
        }
        int end = path.indexOf('/', 1);
        return end < 0 ? path.substring(1) : path.substring(1, end);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
