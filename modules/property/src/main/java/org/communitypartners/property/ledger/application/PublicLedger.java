package org.communitypartners.property.ledger.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.property.PropertyModule;
import org.communitypartners.property.ledger.application.LedgerViews.Bulletin;
import org.communitypartners.property.ledger.application.LedgerViews.Export;
import org.communitypartners.property.ledger.application.LedgerViews.StatementView;
import org.communitypartners.property.ledger.domain.ChainCheck;
import org.communitypartners.property.ledger.domain.ChainVerifier;
import org.communitypartners.property.ledger.domain.LedgerRepository;
import org.communitypartners.property.ledger.domain.LedgerStatement;
import org.communitypartners.property.ledger.domain.PublishedChain;

/**
 * What anyone may read without an account, by the compound's 12-digit code: the published
 * statements on the bulletin, the whole chain as JSON, and its verification recomputed from
 * the stored entries. Drafts are never shown. A compound that does not exist, or whose
 * subdistrict has the property module off, answers as not found.
 */
@Stateless
@PermitAll
public class PublicLedger {
    static final int BATCH = 5_000;

    @Inject
    LedgerRepository ledger;
    @Inject
    StatementViews views;
    @Inject
    OrgDirectory directory;
    @Inject
    ModuleGate gate;

    /** The bulletin of a published quarter; without a quarter, of the latest published one. */
    public Bulletin bulletin(String compoundCode, String quarter) {
        OrgUnitView compound = compound(compoundCode);
        List<LedgerStatement> published = ledger.publishedStatements(compound.id());
        Optional<LedgerStatement> shown = quarter == null || quarter.isBlank()
                ? published.stream().reduce((first, second) -> second)
                : published.stream().filter(s -> s.getQuarter().equalsIgnoreCase(quarter.strip())).findFirst();
        return new Bulletin(compound.id(), compound.code(), compound.name(),
                shown.map(LedgerStatement::getCompanyName).orElse(null),
                published.stream().map(LedgerStatement::getQuarter).sorted(Comparator.reverseOrder()).toList(),
                shown.map(s -> views.view(s, compound.name(), null)).orElse(null));
    }

    /** Recomputes the compound's whole chain from the stored published entries and statements. */
    public ChainCheck verify(String compoundCode) {
        OrgUnitView compound = compound(compoundCode);
        return ChainVerifier.verify(compound.code(), new PublishedChain(ledger, compound.id(), BATCH),
                ledger.publishedStatements(compound.id()).stream().map(LedgerStatement::seal).toList());
    }

    /**
     * The published statements (one quarter, or all in quarter order) with their entries in chain
     * order: everything needed to recompute the chain (docs/ledger-format.md).
     */
    public Export export(String compoundCode, String quarter) {
        OrgUnitView compound = compound(compoundCode);
        boolean all = quarter == null || quarter.isBlank();
        List<StatementView> statements = ledger.publishedStatements(compound.id()).stream()
                .filter(s -> all || s.getQuarter().equalsIgnoreCase(quarter.strip()))
                .map(s -> views.view(s, compound.name(), null)).toList();
        if (!all && statements.isEmpty()) {
            throw new NotFoundInScope("LedgerStatement", compoundCode + " " + quarter);
        }
        return new Export(compound.code(), compound.name(), statements);
    }

    private OrgUnitView compound(String code) {
        OrgUnitView compound = Optional.ofNullable(code).flatMap(c -> directory.findByCode(c.strip()))
                .filter(u -> u.level() == OrgLevel.COMPOUND && u.active())
                .orElseThrow(() -> new NotFoundInScope(LedgerAccess.COMPOUND, code));
        if (!gate.isEnabledAt(PropertyModule.KEY, compound.id())) {
            throw new NotFoundInScope(LedgerAccess.COMPOUND, code);
        }
        return compound;
    }
}
