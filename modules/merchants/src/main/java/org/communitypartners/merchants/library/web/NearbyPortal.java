package org.communitypartners.merchants.library.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PortalLink;
import org.communitypartners.kernel.api.PortalSection;
import org.communitypartners.merchants.MerchantsModule;

/** On the residents' front door of a compound: the services and offers within a 15-minute walk. */
@ApplicationScoped
public class NearbyPortal implements PortalSection {

    @Override
    public String moduleKey() {
        return MerchantsModule.KEY;
    }

    @Override
    public String bundle() {
        return MerchantsModule.BUNDLE;
    }

    @Override
    public List<PortalLink> links(OrgUnitView place) {
        if (place.level() != OrgLevel.COMPOUND) {
            return List.of();
        }
        return List.of(new PortalLink("portal.nearby", "portal.nearbyHint", "/nearby/index.xhtml?compound=" + place.code(),
                "pi pi-map-marker"));
    }
}
