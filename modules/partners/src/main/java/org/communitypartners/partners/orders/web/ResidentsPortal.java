package org.communitypartners.partners.orders.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PortalLink;
import org.communitypartners.kernel.api.PortalSection;
import org.communitypartners.partners.PartnersModule;

/** On the residents' front door: report a problem and follow it (subdistrict), the partners' roll of honour (community). */
@ApplicationScoped
public class ResidentsPortal implements PortalSection {

    @Override
    public String moduleKey() {
        return PartnersModule.KEY;
    }

    @Override
    public String bundle() {
        return PartnersModule.BUNDLE;
    }

    @Override
    public List<PortalLink> links(OrgUnitView place) {
        return switch (place.level()) {
            case SUBDISTRICT -> List.of(
                    new PortalLink("portal.report", "portal.reportHint", "/requests/report.xhtml?s=" + place.id(),
                            "pi pi-megaphone"),
                    new PortalLink("portal.track", "portal.trackHint", "/requests/track.xhtml", "pi pi-search"));
            case COMMUNITY -> List.of(new PortalLink("portal.honour", "portal.honourHint",
                    "/honour/index.xhtml?c=" + place.id(), "pi pi-star"));
            default -> List.of();
        };
    }
}
