package org.communitypartners.merchants.childcare.web;

import jakarta.servlet.annotation.WebFilter;
import org.communitypartners.kernel.api.web.ResidentPageHeaders;

/** The booking page carries a guardian's booking code in its address: no Referer leaks it, no shared cache keeps it. */
@WebFilter("/child-care/*")
public class PublicChildCareHeaders extends ResidentPageHeaders {
    private static final long serialVersionUID = 1L;
}
