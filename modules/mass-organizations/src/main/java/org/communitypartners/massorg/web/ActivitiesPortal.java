package org.communitypartners.massorg.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PortalLink;
import org.communitypartners.kernel.api.PortalSection;
import org.communitypartners.massorg.MassOrganizationsModule;

/** On the residents' front door of a community: its activity calendar, to register without an account. */
@ApplicationScoped
public class ActivitiesPortal implements PortalSection {

    @Override
    public String moduleKey() {
        return MassOrganizationsModule.KEY;
    }

    @Override
    public String bundle() {
        return MassOrganizationsModule.BUNDLE;
    }

    @Override
    public List<PortalLink> links(OrgUnitView place) {
        if (place.level() != OrgLevel.COMMUNITY) {
            return List.of();
        }
        return List.of(new PortalLink("portal.calendar", "portal.calendarHint",
                "/activities/month.xhtml?c=" + place.id(), "pi pi-calendar"));
    }
}
