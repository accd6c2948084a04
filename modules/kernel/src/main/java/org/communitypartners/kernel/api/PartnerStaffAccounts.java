package org.communitypartners.kernel.api;

import java.util.List;
import java.util.Optional;

/**
 * Binds partner-staff accounts to the partner they work for; the partners module owns the
 * partners, the kernel owns the accounts. A partner-staff account sees only its partner's work.
 */
public interface PartnerStaffAccounts {

    /** User names of the accounts bound to the partner. */
    List<String> staffOf(long partnerId);

    /**
     * The partner the signed-in caller works for, when the caller is partner staff bound to one;
     * empty otherwise. Partner staff see only their partner's work.
     */
    Optional<Long> callerPartnerId();

    /**
     * Binds an account holding the partner-staff role to the partner; only an administrator who
     * may manage that account can. An unknown or foreign account answers as not found.
     */
    void bind(String username, long partnerId);
}
