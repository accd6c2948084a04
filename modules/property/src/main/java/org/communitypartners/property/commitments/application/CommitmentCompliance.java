package org.communitypartners.property.commitments.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.List;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.property.PropertyModule;
import org.communitypartners.property.application.CompoundAccess;
import org.communitypartners.property.commitments.application.CommitmentViews.ItemCompliance;

/**
 * A compound's commitment compliance as public figures: what was promised and how many weeks
 * (or months) met it, per quarter. No names, notes or photos, so the ledger's public bulletin
 * may show it without sign-in; a switched-off module or an id that is no compound answers as
 * not found.
 */
@Stateless
@PermitAll
public class CommitmentCompliance {

    @Inject
    ComplianceFigures figures;
    @Inject
    CompoundAccess access;
    @Inject
    ModuleGate gate;

    /** Compliance of every commitment of the compound over the months from..to (inclusive, at most 24). */
    public List<ItemCompliance> compliance(long compoundId, YearMonth from, YearMonth to) {
        access.existing(compoundId, CompoundAccess.COMPOUND, compoundId);
        if (!gate.isEnabledAt(PropertyModule.KEY, compoundId)) {
            throw new NotFoundInScope(CompoundAccess.COMPOUND, compoundId);
        }
        return figures.figures(compoundId, from, to);
    }
}
