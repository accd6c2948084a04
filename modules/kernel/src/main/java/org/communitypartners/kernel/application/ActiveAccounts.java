package org.communitypartners.kernel.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
    public Optional<Set<String>> currentRoles(String username, String credentialStamp) {
        return accounts.findByUsername(username).filter(UserAccount::isActive)
                .filter(a -> stampOf(a).equals(credentialStamp)).map(UserAccount::getRoles);
    }

    @Override
    public String credentialStamp(String username) {
        return accounts.findByUsername(username).map(ActiveAccounts::stampOf).orElse("");
    }

    /** Part of a SHA-256 of the stored hash: enough to notice a change, useless to an attacker. */
    private static String stampOf(UserAccount account) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(account.getPasswordHash().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
