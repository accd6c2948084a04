package org.communitypartners.kernel.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.communitypartners.kernel.api.AccountDirectory;
import org.communitypartners.kernel.domain.UserAccountRepository;

/** Accounts as other modules may read them. */
@ApplicationScoped
public class AccountDirectoryService implements AccountDirectory {

    @Inject
    UserAccountRepository accounts;

    @Override
    public Optional<AccountSummary> find(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return accounts.findByUsername(username.strip()).map(a -> new AccountSummary(a.getUsername(),
                a.getDisplayName(), Set.copyOf(a.getRoles()), a.getGrantedUnitId(), a.isActive()));
    }
}
