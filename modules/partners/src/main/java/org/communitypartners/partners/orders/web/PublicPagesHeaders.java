package org.communitypartners.partners.orders.web;

import jakarta.servlet.annotation.WebFilter;
import org.communitypartners.kernel.api.web.ResidentPageHeaders;

/**
 * The residents' pages carry a tracking code in their address (it is what the receipt links
 * to): no other site learns it from the Referer header, and no shared cache keeps the pages.
 */
@WebFilter("/requests/*")
public class PublicPagesHeaders extends ResidentPageHeaders {
    private static final long serialVersionUID = 1L;
}
