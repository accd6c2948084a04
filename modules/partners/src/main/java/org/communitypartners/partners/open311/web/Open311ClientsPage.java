package org.communitypartners.partners.open311.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.kernel.api.web.PagedList;
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.open311.application.Open311Clients;
import org.communitypartners.partners.open311.application.Open311Clients.ClientView;
import org.omnifaces.cdi.ViewScoped;

/** Open311 client keys of the caller's subdistricts: issue one (shown once), list, revoke. */
@Named
@ViewScoped
public class Open311ClientsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Open311Clients clients;
    @Inject
    Feedback feedback;

    private final PagedList<ClientView> rows = new PagedList<>(new ClientSource(), ClientView::id);
    private List<OrgUnitView> jurisdictions;
    private Long subdistrictId;
    private String name;
    /** The key just issued; kept only for the view that issued it. */
    private String issuedKey;

    public void issue() {
        issuedKey = null;
        feedback.attemptIn(PartnersModule.BUNDLE, () -> issuedKey = clients.issue(subdistrictId, name).apiKey(),
                "open311.issued", name);
        if (issuedKey != null) {
            name = null;
        }
    }

    public void revoke(ClientView client) {
        feedback.attemptIn(PartnersModule.BUNDLE, () -> clients.revoke(client.id(), client.version()),
                "open311.revoked", client.name());
    }

    public List<OrgUnitView> getJurisdictions() {
        if (jurisdictions == null) {
            jurisdictions = clients.jurisdictions();
        }
        return jurisdictions;
    }

    private final class ClientSource implements PagedList.Source<ClientView> {
        private static final long serialVersionUID = 1L;

        @Override
        public long count(Map<String, Object> filters) {
            return clients.count();
        }

        @Override
        public List<ClientView> page(Map<String, Object> filters, PageRequest page) {
            return clients.list(page);
        }
    }

    public PagedList<ClientView> getRows() {
        return rows;
    }

    public Long getSubdistrictId() {
        return subdistrictId;
    }

    public void setSubdistrictId(Long subdistrictId) {
        this.subdistrictId = subdistrictId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIssuedKey() {
        return issuedKey;
    }
}
