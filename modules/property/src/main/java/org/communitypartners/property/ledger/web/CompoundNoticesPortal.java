package org.communitypartners.property.ledger.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PortalLink;
import org.communitypartners.kernel.api.PortalSection;
import org.communitypartners.property.PropertyModule;

/** On the residents' front door of a compound: its ledger bulletin (一本账) and its fee notice (收费公示). */
@ApplicationScoped
public class CompoundNoticesPortal implements PortalSection {

    @Override
    public String moduleKey() {
        return PropertyModule.KEY;
    }

    @Override
    public String bundle() {
        return PropertyModule.BUNDLE;
    }

    @Override
    public List<PortalLink> links(OrgUnitView place) {
        if (place.level() != OrgLevel.COMPOUND) {
            return List.of();
        }
        return List.of(
                new PortalLink("portal.bulletin", "portal.bulletinHint", "/ledger/bulletin.xhtml?compound=" + place.code(),
                        "pi pi-book"),
                new PortalLink("portal.feeNotice", "portal.feeNoticeHint", "/fees/notice.xhtml?compound=" + place.code(),
                        "pi pi-wallet"));
    }
}
