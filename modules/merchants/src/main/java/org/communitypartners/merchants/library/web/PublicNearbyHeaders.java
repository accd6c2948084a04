package org.communitypartners.merchants.library.web;

import jakarta.servlet.annotation.WebFilter;
import org.communitypartners.kernel.api.web.ResidentPageHeaders;

/** Nearby pages carry where a resident stands in their address: no Referer leaks it, no shared cache keeps it. */
@WebFilter("/nearby/*")
public class PublicNearbyHeaders extends ResidentPageHeaders {
    private static final long serialVersionUID = 1L;
}
