package org.communitypartners.massorg.web;

import jakarta.servlet.annotation.WebFilter;
import org.communitypartners.kernel.api.web.ResidentPageHeaders;

/** Registration pages carry the registrant's code in their address: no Referer leaks it, no shared cache keeps them. */
@WebFilter("/activities/*")
public class PublicActivityHeaders extends ResidentPageHeaders {
    private static final long serialVersionUID = 1L;
}
