package org.communitypartners.merchants.donations.web;

import jakarta.servlet.annotation.WebFilter;
import org.communitypartners.kernel.api.web.ResidentPageHeaders;

/** The thanks list is a residents' page like the others: no Referer to other sites, no shared cache. */
@WebFilter("/thanks/*")
public class PublicThanksHeaders extends ResidentPageHeaders {
    private static final long serialVersionUID = 1L;
}
