package org.communitypartners.merchants.eligibility.web;

import jakarta.servlet.annotation.WebFilter;
import org.communitypartners.kernel.api.web.ResidentPageHeaders;

/** The code page answers with a resident's one-time code: no Referer leaks the page, no shared cache keeps it. */
@WebFilter("/benefits/*")
public class PublicBenefitHeaders extends ResidentPageHeaders {
    private static final long serialVersionUID = 1L;
}
