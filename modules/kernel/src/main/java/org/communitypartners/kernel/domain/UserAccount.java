package org.communitypartners.kernel.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.RuleViolation;

/**
 * A person who signs in. Granted exactly one node of the tree and sees its subtree; partner
 * staff are also bound to one partner.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = "UserAccount.findByUsername", query = "SELECT u FROM UserAccount u WHERE u.username = :username")
public class UserAccount {
    public static final int USERNAME_LENGTH = 64;
    public static final int DISPLAY_NAME_LENGTH = 100;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    /** Names the audit log uses for callers who are not accounts. */
    private static final Set<String> RESERVED = Set.of("anonymous", "system");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = USERNAME_LENGTH)
    private String username;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_LENGTH)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 32)
    private Set<String> roles = new TreeSet<>();

    @Column(name = "granted_unit_id", nullable = false)
    private long grantedUnitId;

    @Column(name = "partner_id")
    private Long partnerId;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    /** A new account with a one-time password the user must change at first sign-in. */
    public UserAccount(String username, String displayName, String initialPasswordHash, Set<String> roles,
                       long grantedUnitId, Long partnerId) {
        if (username == null || !USERNAME.matcher(username).matches() || RESERVED.contains(username)) {
            throw RuleViolation.kernel("user.usernameFormat");
        }
        this.username = username;
        this.passwordHash = initialPasswordHash;
        this.mustChangePassword = true;
        describe(displayName);
        assign(roles, grantedUnitId, partnerId);
    }

    public void describe(String newDisplayName) {
        if (newDisplayName == null || newDisplayName.isBlank() || newDisplayName.strip().length() > DISPLAY_NAME_LENGTH) {
            throw RuleViolation.kernel("user.displayNameInvalid", DISPLAY_NAME_LENGTH);
        }
        displayName = newDisplayName.strip();
    }

    /**
     * Sets roles, the granted node and, for partner staff, the partner (bound by the partners
     * registry; an unbound partner account sees no partner's data).
     */
    public void assign(Set<String> newRoles, long unitId, Long newPartnerId) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw RuleViolation.kernel("user.rolesRequired");
        }
        if (newRoles.stream().anyMatch(role -> role == null || !Roles.ALL.contains(role))) {
            throw RuleViolation.kernel("user.unknownRole");
        }
        roles = new TreeSet<>(newRoles);
        grantedUnitId = unitId;
        partnerId = newRoles.contains(Roles.PARTNER_STAFF) ? newPartnerId : null;
    }

    /** Binds a partner-staff account to its partner. */
    public void bindToPartner(long partner) {
        if (!roles.contains(Roles.PARTNER_STAFF)) {
            throw RuleViolation.kernel("user.notPartnerStaff", username);
        }
        partnerId = partner;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failed sign-in; the policy's limit locks the account from {@code now}. */
    public void recordFailedLogin(Instant now, LockoutPolicy policy) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            // An expired lock starts a fresh count.
            lockedUntil = null;
            failedLogins = 0;
        }
        failedLogins++;
        if (policy.locksAt(failedLogins)) {
            lockedUntil = now.plus(policy.lockFor());
        }
    }

    public void recordSuccessfulLogin(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public void changePassword(String newHash) {
        passwordHash = newHash;
        mustChangePassword = false;
    }

    /** An administrator's reset: a one-time password, changed at next sign-in. */
    public void resetPassword(String oneTimeHash) {
        passwordHash = oneTimeHash;
        mustChangePassword = true;
        unlock();
    }

    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public void deactivate() {
        active = false;
    }

    public void reactivate() {
        active = true;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<String> getRoles() {
        return Set.copyOf(roles);
    }

    public long getGrantedUnitId() {
        return grantedUnitId;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public long getVersion() {
        return version;
    }
}
