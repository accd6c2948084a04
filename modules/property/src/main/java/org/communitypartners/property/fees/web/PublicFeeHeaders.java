package org.communitypartners.property.fees.web;

import jakarta.servlet.annotation.WebFilter;
import org.communitypartners.kernel.api.web.ResidentPageHeaders;

/** Public fee notices, like the other public pages: no Referer leaves them, no shared cache keeps an old price. */
@WebFilter("/fees/*")
public class PublicFeeHeaders extends ResidentPageHeaders {
    private static final long serialVersionUID = 1L;
}
