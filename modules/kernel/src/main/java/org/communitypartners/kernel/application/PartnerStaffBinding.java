package org.communitypartners.kernel.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.communitypartners.kernel.api.PartnerStaffAccounts;
import org.communitypartners.kernel.domain.UserAccount;
import org.communitypartners.kernel.domain.UserAccountRepository;

/**
 * Partner-staff accounts and their partner, for the partners module, which has already checked
 * the partner. Binding is account administration, so {@link UserAdministration} checks it.
 */
@ApplicationScoped
public class PartnerStaffBinding implements PartnerStaffAccounts {

    @Inject
    UserAccountRepository accounts;
    @Inject
    UserAdministration administration;
    @Inject
    CurrentCaller caller;

    @Override
    public List<String> staffOf(long partnerId) {
        return accounts.boundToPartner(partnerId).stream().filter(a -> caller.canSee(a.getGrantedUnitId()))
                .map(UserAccount::getUsername).toList();
    }

    @Override
    public void bind(String username, long partnerId) {
        administration.bindToPartner(username, partnerId);
    }
}
