package org.communitypartners.partners.orders.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.communitypartners.kernel.api.CallerScope;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.PartnerStaffAccounts;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.kernel.api.web.ShanghaiTime;
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.domain.Partner;
import org.communitypartners.partners.domain.PartnerRepository;
import org.communitypartners.partners.orders.domain.Scorecard;
import org.communitypartners.partners.orders.domain.WorkOrderRepository;

/**
 * A partner's record on the orders it took: staff read it for partners they can see, partner
 * staff for their own partner only.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF, Roles.PARTNER_STAFF})
public class Scorecards {

    @Inject
    WorkOrderRepository orders;
    @Inject
    PartnerRepository partners;
    @Inject
    CallerScope scope;
    @Inject
    PartnerStaffAccounts staffAccounts;
    @Inject
    Clock clock;

    /** The scorecard of the partner the calling partner-staff account works for. */
    @RolesAllowed(Roles.PARTNER_STAFF)
    public Scorecard ownPartner(LocalDate from, LocalDate to) {
        return of(staffAccounts.callerPartnerId().orElseThrow(
                () -> new RuleViolation(PartnersModule.BUNDLE, "inbox.notBound")), from, to);
    }

    /** Orders submitted on the days [from, to] (China time); the last 12 months when not given. */
    public Scorecard of(long partnerId, LocalDate from, LocalDate to) {
        Partner partner = partners.find(partnerId).orElseThrow(() -> new NotFoundInScope("Partner", partnerId));
        var ownPartner = staffAccounts.callerPartnerId();
        boolean allowed = ownPartner.isPresent() ? ownPartner.get() == partnerId
                : scope.canSee(partner.getHomeUnitId()) || partner.getServedCommunityIds().stream().anyMatch(scope::canSee);
        if (!allowed) {
            scope.requireVisible(partner.getHomeUnitId(), "Partner", partnerId);
            throw new NotFoundInScope("Partner", partnerId);
        }
        LocalDate today = LocalDate.now(clock.withZone(ShanghaiTime.ZONE));
        LocalDate last = to == null ? today : to;
        LocalDate first = from == null ? last.minusYears(1).plusDays(1) : from;
        Instant start = first.atStartOfDay(ShanghaiTime.ZONE).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(ShanghaiTime.ZONE).toInstant();
        return Scorecard.of(first, last, orders.figures(partnerId, start, end));
    }
}
