package org.communitypartners.partners.domain;

import static org.communitypartners.partners.api.PartnerStatus.ACTIVE;
import static org.communitypartners.partners.api.PartnerStatus.APPLIED;
import static org.communitypartners.partners.api.PartnerStatus.APPROVED;
import static org.communitypartners.partners.api.PartnerStatus.EXITED;
import static org.communitypartners.partners.api.PartnerStatus.SUSPENDED;

import java.util.EnumSet;
import java.util.Set;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.api.PartnerStatus;

/**
 * The steps of a partnership and who may take each. The community reviews applications; the
 * subdistrict makes a partner active, suspends, reinstates and ends partnerships. Every step
 * needs a stated reason, for the record and the audit log.
 */
public enum PartnerLifecycle {
    APPROVE(EnumSet.of(APPLIED), APPROVED, Set.of(Roles.COMMUNITY_STAFF, Roles.SUBDISTRICT_ADMIN)),
    ACTIVATE(EnumSet.of(APPROVED), ACTIVE, Set.of(Roles.SUBDISTRICT_ADMIN)),
    SUSPEND(EnumSet.of(ACTIVE), SUSPENDED, Set.of(Roles.SUBDISTRICT_ADMIN)),
    REINSTATE(EnumSet.of(SUSPENDED), ACTIVE, Set.of(Roles.SUBDISTRICT_ADMIN)),
    /** An application declined or withdrawn, or a partnership ended. */
    EXIT(EnumSet.of(APPLIED, APPROVED, ACTIVE, SUSPENDED), EXITED, Set.of(Roles.SUBDISTRICT_ADMIN));

    public static final int REASON_MAX_LENGTH = 500;

    private final Set<PartnerStatus> from;
    private final PartnerStatus to;
    private final Set<String> roles;

    PartnerLifecycle(Set<PartnerStatus> from, PartnerStatus to, Set<String> roles) {
        this.from = from;
        this.to = to;
        this.roles = roles;
    }

    /**
     * The status after this step, if the step is allowed from {@code current} for a caller with
     * these roles and the reason is given; otherwise a violation saying which rule failed.
     */
    public PartnerStatus apply(PartnerStatus current, Set<String> callerRoles, String reason) {
        if (!from.contains(current)) {
            throw new RuleViolation(PartnersModule.BUNDLE, "partner.illegalStep", current, this);
        }
        if (!mayBeTakenBy(callerRoles)) {
            throw new RuleViolation(PartnersModule.BUNDLE, "partner.stepNotYours", this);
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > REASON_MAX_LENGTH) {
            throw new RuleViolation(PartnersModule.BUNDLE, "partner.reasonRequired", REASON_MAX_LENGTH);
        }
        return to;
    }

    /** Whether a caller with these roles may take this step at all (screens offer only those). */
    public boolean mayBeTakenBy(Set<String> callerRoles) {
        return callerRoles.stream().anyMatch(roles::contains);
    }

    public boolean allowedFrom(PartnerStatus current) {
        return from.contains(current);
    }

    public PartnerStatus target() {
        return to;
    }
}
