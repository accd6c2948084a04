package org.communitypartners.partners.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.kernel.api.web.PagedList;
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.api.PartnerKind;
import org.communitypartners.partners.api.PartnerStatus;
import org.communitypartners.partners.api.PartnerView;
import org.communitypartners.partners.application.PartnerRegistry.AgreementView;
import org.communitypartners.partners.application.PartnerRegistry.Application;
import org.communitypartners.partners.application.PartnerRegistry;
import org.omnifaces.cdi.ViewScoped;

/** The partner directory: the partners the caller may see, and new applications. */
@Named
@ViewScoped
public class PartnerDirectoryPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 20;
    private static final int EXPIRY_WARNING_DAYS = 30;

    @Inject
    PartnerRegistry registry;
    @Inject
    OrgDirectory directory;
    @Inject
    Feedback feedback;

    private final PagedList<PartnerView> partners = new PagedList<>(new PartnerSource(), PartnerView::id);
    private List<AgreementView> expiring;

    private PartnerKind kind;
    private String name;
    private String creditCode;
    private String contactName;
    private String contactPhone;
    private OrgUnitView homeUnit;
    private List<OrgUnitView> servedCommunities = new ArrayList<>();

    public void prepareApplication() {
        kind = null;
        name = null;
        creditCode = null;
        contactName = null;
        contactPhone = null;
        homeUnit = null;
        servedCommunities = new ArrayList<>();
    }

    public void apply() {
        Long home = homeUnit == null ? null : homeUnit.id();
        HashSet<Long> served = new HashSet<>();
        servedCommunities.forEach(c -> served.add(c.id()));
        Application application = new Application(kind, name, creditCode, contactName, contactPhone, home, served);
        feedback.attemptIn(PartnersModule.BUNDLE, () -> registry.apply(application), "partner.applied", name);
    }

    public List<OrgUnitView> completeUnit(String query) {
        return directory.searchVisible(query, null, SUGGESTIONS).stream()
                .filter(u -> u.level() == OrgLevel.SUBDISTRICT || u.level() == OrgLevel.COMMUNITY).toList();
    }

    public List<OrgUnitView> completeCommunity(String query) {
        return directory.searchVisible(query, OrgLevel.COMMUNITY, SUGGESTIONS);
    }

    /** Agreements ending within 30 days, so staff renew them in time. */
    public List<AgreementView> getExpiring() {
        if (expiring == null) {
            expiring = registry.expiring(EXPIRY_WARNING_DAYS);
        }
        return expiring;
    }

    public PartnerKind[] getKinds() {
        return PartnerKind.values();
    }

    public PartnerStatus[] getStatuses() {
        return PartnerStatus.values();
    }

    private final class PartnerSource implements PagedList.Source<PartnerView> {
        private static final long serialVersionUID = 1L;

        @Override
        public long count(Map<String, Object> filters) {
            return registry.count(kindIn(filters), statusIn(filters), (String) filters.get("globalFilter"));
        }

        @Override
        public List<PartnerView> page(Map<String, Object> filters, PageRequest page) {
            return registry.list(kindIn(filters), statusIn(filters), (String) filters.get("globalFilter"), page);
        }

        private PartnerKind kindIn(Map<String, Object> filters) {
            Object value = filters.get("kind");
            return value == null ? null : PartnerKind.valueOf(value.toString());
        }

        private PartnerStatus statusIn(Map<String, Object> filters) {
            Object value = filters.get("status");
            return value == null ? null : PartnerStatus.valueOf(value.toString());
        }
    }

    public PagedList<PartnerView> getPartners() {
        return partners;
    }

    public PartnerKind getKind() {
        return kind;
    }

    public void setKind(PartnerKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public OrgUnitView getHomeUnit() {
        return homeUnit;
    }

    public void setHomeUnit(OrgUnitView homeUnit) {
        this.homeUnit = homeUnit;
    }

    public List<OrgUnitView> getServedCommunities() {
        return servedCommunities;
    }

    public void setServedCommunities(List<OrgUnitView> servedCommunities) {
        this.servedCommunities = servedCommunities;
    }
}
