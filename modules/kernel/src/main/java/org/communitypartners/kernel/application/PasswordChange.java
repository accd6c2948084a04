package org.communitypartners.kernel.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.communitypartners.kernel.api.AuditResult;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.kernel.domain.UserAccount;
import org.communitypartners.kernel.domain.UserAccountRepository;

/** A signed-in user changes their own password (forced after a one-time password). */
@Stateless
@PermitAll
public class PasswordChange {

    @Inject
    CurrentCaller caller;
    @Inject
    UserAccountRepository accounts;
    @Inject
    PasswordHasher hasher;
    @Inject
    KernelSettings settings;
    @Inject
    AuditTrail audit;

    public void change(String currentPassword, String newPassword) {
        // Loaded again inside this transaction: the request's copy may be detached.
        UserAccount account = accounts.findByUsername(caller.username())
                .orElseThrow(() -> new NotFoundInScope("UserAccount", "self"));
        if (currentPassword == null || !hasher.matches(currentPassword, account.getPasswordHash())) {
            audit.record("password.change", "UserAccount", account.getId(), AuditResult.FAILED, "wrong current password");
            throw RuleViolation.kernel("password.currentWrong");
        }
        List<String> violations = settings.passwordPolicy().violations(newPassword, account.getUsername());
        if (!violations.isEmpty()) {
            throw RuleViolation.kernel(violations.get(0), settings.passwordPolicy().minLength(),
                    settings.passwordPolicy().minClasses());
        }
        if (hasher.matches(newPassword, account.getPasswordHash())) {
            throw RuleViolation.kernel("password.unchanged");
        }
        account.changePassword(hasher.hash(newPassword));
        audit.success("password.change", "UserAccount", account.getId(), null);
    }
}
