package org.communitypartners.kernel.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.communitypartners.kernel.api.Roles;
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
    public Optional<Long> callerPartnerId() {
        if (!caller.roles().contains(Roles.PARTNER_STAFF)) {
            return Optional.empty();
        }
        return caller.account().map(UserAccount::getPartnerId);
    }

    @Override
    public void bind(String username, long partnerId) {
        administration.bindToPartner(username, partnerId);
    }
}
