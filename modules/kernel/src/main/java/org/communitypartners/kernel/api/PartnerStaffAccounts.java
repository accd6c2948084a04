package org.communitypartners.kernel.api;

import java.util.List;

/**
 * Binds partner-staff accounts to the partner they work for; the partners module owns the
 * partners, the kernel owns the accounts. A partner-staff account sees only its partner's work.
 */
public interface PartnerStaffAccounts {

    /** User names of the accounts bound to the partner. */
    List<String> staffOf(long partnerId);

    /**
     * Binds an account holding the partner-staff role to the partner; only an administrator who
     * may manage that account can. An unknown or foreign account answers as not found.
     */
    void bind(String username, long partnerId);
}
