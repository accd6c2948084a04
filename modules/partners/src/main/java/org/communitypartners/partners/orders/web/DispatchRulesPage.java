package org.communitypartners.partners.orders.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Stream;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.api.PartnerStatus;
import org.communitypartners.partners.api.PartnerView;
import org.communitypartners.partners.application.PartnerRegistry;
import org.communitypartners.partners.orders.application.DispatchRuleAdmin.RuleView;
import org.communitypartners.partners.orders.application.DispatchRuleAdmin;
import org.omnifaces.cdi.ViewScoped;

/** The rules that dispatch new orders by category and place without waiting for staff. */
@Named
@ViewScoped
public class DispatchRulesPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 20;

    @Inject
    DispatchRuleAdmin admin;
    @Inject
    PartnerRegistry registry;
    @Inject
    OrgDirectory directory;
    @Inject
    Feedback feedback;

    private List<RuleView> rules;
    private String categoryCode;
    private OrgUnitView unit;
    private PartnerView partner;

    public List<RuleView> getRules() {
        if (rules == null) {
            rules = admin.rules();
        }
        return rules;
    }

    public void add() {
        if (feedback.attemptIn(PartnersModule.BUNDLE, () -> admin.add(categoryCode, unit == null ? -1 : unit.id(),
                partner == null ? -1 : partner.id()), "rules.added")) {
            categoryCode = null;
            unit = null;
            partner = null;
            rules = null;
        }
    }

    public void remove(long id) {
        if (feedback.attemptIn(PartnersModule.BUNDLE, () -> admin.remove(id), "rules.removed")) {
            rules = null;
        }
    }

    /** Communities and compounds in the caller's scope whose name matches. */
    public List<OrgUnitView> completeUnit(String query) {
        return Stream.concat(directory.searchVisible(query, OrgLevel.COMMUNITY, SUGGESTIONS).stream(),
                directory.searchVisible(query, OrgLevel.COMPOUND, SUGGESTIONS).stream()).limit(SUGGESTIONS).toList();
    }

    public List<PartnerView> completePartner(String query) {
        return registry.list(null, PartnerStatus.ACTIVE, query, new PageRequest(0, SUGGESTIONS, "name", true));
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode;
    }

    public OrgUnitView getUnit() {
        return unit;
    }

    public void setUnit(OrgUnitView unit) {
        this.unit = unit;
    }

    public PartnerView getPartner() {
        return partner;
    }

    public void setPartner(PartnerView partner) {
        this.partner = partner;
    }
}
