package org.communitypartners.property.ledger.web;

import jakarta.servlet.annotation.WebFilter;
import org.communitypartners.kernel.api.web.ResidentPageHeaders;

/**
 * The public ledger pages, export, verification and PDF: no Referer leaves them, and no shared
 * cache keeps a copy that would hide a later tampering from the verify action.
 */
@WebFilter("/ledger/*")
public class PublicLedgerHeaders extends ResidentPageHeaders {
    private static final long serialVersionUID = 1L;
}
