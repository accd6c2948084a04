package org.communitypartners.kernel.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.communitypartners.kernel.api.AuditResult;
import org.communitypartners.kernel.domain.UserAccount;
import org.communitypartners.kernel.domain.UserAccountRepository;

/**
 * Checks a user name and password, counting failures towards a lockout. Runs in its own
 * transaction so a failed attempt is counted even though the sign-in fails.
 */
@Stateless
public class SignIn {
    private static final String TARGET = "UserAccount";

    @Inject
    UserAccountRepository accounts;
    @Inject
    PasswordHasher hasher;
    @Inject
    KernelSettings settings;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    /** What the identity store needs: the caller's roles when the check passed. */
    public record Outcome(boolean valid, Set<String> roles) {
        static Outcome invalid() {
            return new Outcome(false, Set.of());
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome check(String username, String password) {
        Instant now = clock.instant();
        Optional<UserAccount> found = username == null ? Optional.empty() : accounts.findByUsername(username);
        if (found.isEmpty() || !found.get().isActive()) {
            hasher.verifyAgainstNobody(password == null ? "" : password);
            audit.recordAs(orDash(username), "login", TARGET, null, AuditResult.FAILED, "unknown or inactive account");
            return Outcome.invalid();
        }
        UserAccount account = found.get();
        if (account.isLocked(now)) {
            audit.recordAs(account.getUsername(), "login", TARGET, account.getId(), AuditResult.DENIED,
                    "locked until " + account.getLockedUntil());
            return Outcome.invalid();
        }
        if (password == null || !hasher.matches(password, account.getPasswordHash())) {
            account.recordFailedLogin(now, settings.lockoutPolicy());
            boolean locked = account.isLocked(now);
            audit.recordAs(account.getUsername(), locked ? "login.lockout" : "login", TARGET, account.getId(),
                    AuditResult.FAILED, "failure " + account.getFailedLogins());
            return Outcome.invalid();
        }
        account.recordSuccessfulLogin(now);
        audit.recordAs(account.getUsername(), "login", TARGET, account.getId(), AuditResult.SUCCESS, null);
        return new Outcome(true, account.getRoles());
    }

    /** When the account is locked, until when; for the sign-in page's message. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return accounts.findByUsername(username).filter(a -> a.isLocked(now)).map(UserAccount::getLockedUntil);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean mustChangePassword(String username) {
        return accounts.findByUsername(username).map(UserAccount::isMustChangePassword).orElse(false);
    }

    private static String orDash(String username) {
        return username == null ? "-" : username;
    }
}
