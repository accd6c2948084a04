package org.communitypartners.property.fees.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.YearMonth;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.property.PropertyModule;
import org.communitypartners.property.fees.domain.CollectionRate;
import org.communitypartners.property.fees.domain.FeeRepository;
import org.communitypartners.property.fees.domain.FeeRepository.CollectionSums;
import org.communitypartners.property.fees.domain.FeeRules;

/**
 * The fee collection rate of a compound over a range of periods (a quarter is three months,
 * e.g. 2026-10 to 2026-12). It is a public figure — the compound's bulletin shows it to anyone —
 * so it needs no sign-in; the compound must exist and have the property module switched on.
 * Staff screens reach it through {@link FeeDesk#collectionRate}, which checks their scope first.
 */
@Stateless
@PermitAll
public class CollectionRates {
    static final String COMPOUND = "Compound";

    @Inject
    FeeRepository fees;
    @Inject
    OrgDirectory directory;
    @Inject
    ModuleGate gate;

    public CollectionRate collectionRate(long compoundId, YearMonth from, YearMonth to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw FeeRules.violation("fees.rate.range");
        }
        directory.find(compoundId).filter(u -> u.level() == OrgLevel.COMPOUND
                        && gate.isEnabledAt(PropertyModule.KEY, compoundId))
                .orElseThrow(() -> new NotFoundInScope(COMPOUND, compoundId));
        CollectionSums sums = fees.collectionSums(compoundId, from.toString(), to.toString());
        return CollectionRate.of(sums.billed(), sums.paid(), sums.unitsBilled(),
                sums.unitsBilled() - sums.unitsWithArrears());
    }
}
