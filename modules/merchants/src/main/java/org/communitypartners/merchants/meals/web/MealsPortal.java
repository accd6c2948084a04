package org.communitypartners.merchants.meals.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PortalLink;
import org.communitypartners.kernel.api.PortalSection;
import org.communitypartners.merchants.MerchantsModule;

/** On the residents' front door of a community: today's menu of its meal points, with prices from the subsidised one. */
@ApplicationScoped
public class MealsPortal implements PortalSection {

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
        if (place.level() != OrgLevel.COMMUNITY) {
            return List.of();
        }
        return List.of(new PortalLink("portal.meals", "portal.mealsHint", "/meals/index.xhtml?c=" + place.code(),
                "pi pi-home"));
    }
}
