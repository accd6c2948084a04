package org.communitypartners.kernel.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.communitypartners.kernel.api.SignedInUser;
import org.communitypartners.kernel.domain.UserAccount;
import org.communitypartners.kernel.domain.UserAccountRepository;

/** Roles of signed-in users, read on each request from the accounts table. */
@ApplicationScoped
public class ActiveAccounts implements SignedInUser {

    @Inject
    UserAccountRepository accounts;

    @Override
    public Optional<Set<String>> currentRoles(String username) {
        return accounts.findByUsername(username).filter(UserAccount::isActive).map(UserAccount::getRoles);
    }
}
