package org.communitypartners.merchants.offers.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.communitypartners.kernel.api.CallerScope;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.library.application.MerchantLibrary;
import org.communitypartners.merchants.offers.domain.BenefitFigures.CategoryRow;
import org.communitypartners.merchants.offers.domain.BenefitFigures.MonthRow;
import org.communitypartners.merchants.offers.domain.BenefitFigures.OfferRow;
import org.communitypartners.merchants.offers.domain.OfferRepository;

/**
 * The figures of benefits given: a merchant sees its own person-times and value per month; the
 * community sees totals per offer and per category (community and subdistrict staff only, the
 * category being theirs to know, never the merchant's).
 */
@Stateless
public class BenefitStatistics {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** Two years of months, what the demo history and a yearly report need. */
    private static final int MONTHS = 24;

    @Inject
    OfferRepository offers;
    @Inject
    MerchantLibrary library;
    @Inject
    CallerScope scope;
    @Inject
    ModuleGate gate;
    @Inject
    OrgDirectory directory;

    /** Person-times and benefit value of one merchant per month, newest first. */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF, Roles.PARTNER_STAFF})
    public List<MonthRow> merchantMonths(long profileId) {
        library.get(profileId, Locale.CHINA);
        return offers.monthlyOfMerchant(profileId, MONTHS);
    }

    /** Totals per offer of the community's merchants in the months [from, to]. */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
    public List<OfferRow> perOffer(long communityId, YearMonth from, YearMonth to) {
        community(communityId);
        return offers.perOffer(Set.of(communityId), start(from), start(to.plusMonths(1)));
    }

    /** Totals per eligibility category in the community in the months [from, to]. */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
    public List<CategoryRow> perCategory(long communityId, YearMonth from, YearMonth to) {
        community(communityId);
        return offers.perCategory(Set.of(communityId), start(from), start(to.plusMonths(1)));
    }

    /** The communities the caller may read figures of. */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
    public List<OrgUnitView> communities() {
        return directory.searchVisible("", OrgLevel.COMMUNITY, 200);
    }

    private void community(long communityId) {
        scope.requireVisible(communityId, "OrgUnit", communityId);
        gate.requireEnabledAt(MerchantsModule.KEY, communityId);
    }

    private static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(CHINA).toInstant();
    }
}
