package org.communitypartners.merchants.meals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.Optional;
import org.communitypartners.kernel.api.CallerScope;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.PartnerStaffAccounts;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.meals.domain.MealPoint;
import org.communitypartners.merchants.meals.domain.MealRepository;

/**
 * Who sees and runs a meal point: staff within their part of the tree, and the staff of the
 * partner running it. Anything else answers as missing, as does a point where the module is off.
 */
@ApplicationScoped
class MealAccess {
    static final String TARGET = "MealPoint";

    @Inject
    MealRepository meals;
    @Inject
    CallerScope scope;
    @Inject
    ModuleGate gate;
    @Inject
    PartnerStaffAccounts staffAccounts;
    @Inject
    SecurityContext security;

    /** The meal point if the caller sees it: staff in their subtree, or the partner staff running it. */
    MealPoint visible(long id) {
        MealPoint point = meals.point(id).orElseThrow(() -> new NotFoundInScope(TARGET, id));
        if (!runsIt(point)) {
            if (!isStaff()) {
                throw new NotFoundInScope(TARGET, id);
            }
            scope.requireVisible(point.getCommunityId(), TARGET, id);
        }
        gate.requireEnabledAt(MerchantsModule.KEY, point.getCommunityId());
        return point;
    }

    /** The meal point if the caller is staff of the partner running it; anyone else finds nothing. */
    MealPoint operated(long id) {
        MealPoint point = meals.point(id).orElseThrow(() -> new NotFoundInScope(TARGET, id));
        if (!runsIt(point)) {
            throw new NotFoundInScope(TARGET, id);
        }
        gate.requireEnabledAt(MerchantsModule.KEY, point.getCommunityId());
        return point;
    }

    boolean runsIt(MealPoint point) {
        return ownPartner().filter(p -> p == point.getPartnerId()).isPresent();
    }

    boolean isStaff() {
        return security.isCallerInRole(Roles.SYSTEM_ADMIN) || security.isCallerInRole(Roles.SUBDISTRICT_ADMIN)
                || security.isCallerInRole(Roles.COMMUNITY_STAFF);
    }

    Optional<Long> ownPartner() {
        return security.isCallerInRole(Roles.PARTNER_STAFF) ? staffAccounts.callerPartnerId() : Optional.empty();
    }

    String caller() {
        return security.getCallerPrincipal().getName();
    }
}
