package org.communitypartners.partners.orders.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PortalLink;
import org.communitypartners.kernel.api.PortalLogo;
import org.communitypartners.kernel.api.PortalSection;
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.application.PublicLogos;

/**
 * On the residents' front door: report a problem and follow it (subdistrict), the partners' roll
 * of honour and their logos (community).
 */
@ApplicationScoped
public class ResidentsPortal implements PortalSection {

    @Inject
    PublicLogos publicLogos;

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

    /** A community's door shows the logos of the partners serving it. */
    @Override
    public List<PortalLogo> logos(OrgUnitView place) {
        return place.level() == OrgLevel.COMMUNITY ? publicLogos.ofCommunity(place.id()) : List.of();
    }
}
