package org.communitypartners.property.ledger.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.property.PropertyModule;
import org.communitypartners.property.ledger.application.LedgerViews.Bulletin;
import org.communitypartners.property.ledger.application.LedgerViews.CategoryTotal;
import org.communitypartners.property.ledger.application.LedgerViews.StatementView;
import org.communitypartners.property.ledger.application.PublicLedger;
import org.communitypartners.property.ledger.domain.ChainCheck;
import org.communitypartners.property.ledger.domain.LedgerSide;
import org.omnifaces.cdi.ViewScoped;

/**
 * The public bulletin (公告栏) of a compound's ledger, no sign-in:
 * {@code /ledger/bulletin.xhtml?compound=<code>[&quarter=2026Q3]}: the quarter's statement,
 * items, totals by category, balances, the three approvals and a verification of the chain
 * recomputed on the server, plus the sections other features contribute.
 */
@Named("ledgerBulletinPage")
@ViewScoped
public class LedgerBulletinPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PublicLedger ledger;
    @Inject
    BulletinSections sections;
    @Inject
    PublicLedgerLimits limits;
    @Inject
    Feedback feedback;

    private String compound;
    private String quarter;
    private Bulletin bulletin;
    private ChainCheck check;

    public void load() {
        bulletin = ledger.bulletin(compound, quarter);
    }

    public void verify() {
        if (limits.verification()) {
            check = ledger.verify(bulletin.compoundCode());
        } else {
            feedback.errorIn(PropertyModule.BUNDLE, "bulletin.tooManyVerifications", limits.verificationsPerHour());
        }
    }

    public List<BulletinSection> getSections() {
        return sections.all();
    }

    public StatementView getStatement() {
        return bulletin == null ? null : bulletin.statement();
    }

    public List<CategoryTotal> totals(String side) {
        return getStatement() == null ? List.of() : getStatement().totals().byCategory().stream()
                .filter(t -> t.side() == LedgerSide.valueOf(side)).toList();
    }

    public String getCompound() {
        return compound;
    }

    public void setCompound(String compound) {
        this.compound = compound;
    }

    public String getQuarter() {
        return quarter;
    }

    public void setQuarter(String quarter) {
        this.quarter = quarter;
    }

    public Bulletin getBulletin() {
        return bulletin;
    }

    public ChainCheck getCheck() {
        return check;
    }
}
