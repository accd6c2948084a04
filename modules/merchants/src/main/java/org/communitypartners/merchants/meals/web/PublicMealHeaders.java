package org.communitypartners.merchants.meals.web;

import jakarta.servlet.annotation.WebFilter;
import org.communitypartners.kernel.api.web.ResidentPageHeaders;

/** The public menu pages carry a community in their address: no Referer leaks it, no shared cache keeps it. */
@WebFilter("/meals/*")
public class PublicMealHeaders extends ResidentPageHeaders {
    private static final long serialVersionUID = 1L;
}
