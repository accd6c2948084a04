package org.communitypartners.massorg;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.communitypartners.kernel.api.FeatureModule;
import org.communitypartners.kernel.api.MenuEntry;
import org.communitypartners.kernel.api.Roles;

/** Describes the mass-organizations module to the kernel: its name, icon, menu and migrations. */
@ApplicationScoped
public class MassOrganizationsModule implements FeatureModule {
    public static final String KEY = "mass-organizations";
    public static final String BUNDLE = "org.communitypartners.massorg.messages";

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String bundle() {
        return BUNDLE;
    }

    @Override
    public String icon() {
        return "pi pi-flag";
    }

    @Override
    public List<MenuEntry> menu() {
        Set<String> staff = Set.of(Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF);
        // Mass-organisation leads (partner staff) see these four for their own organisation only.
        Set<String> staffAndLeads = Set.of(Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF,
                Roles.PARTNER_STAFF);
        return List.of(new MenuEntry("menu.activities", "/mass-organizations/activities.xhtml", "pi pi-calendar", staff),
                new MenuEntry("menu.organisations", "/mass-organizations/organisations.xhtml", "pi pi-users",
                        staffAndLeads),
                new MenuEntry("menu.courses", "/mass-organizations/courses.xhtml", "pi pi-book", staffAndLeads),
                new MenuEntry("menu.volunteering", "/mass-organizations/volunteering.xhtml", "pi pi-clock",
                        staffAndLeads),
                new MenuEntry("menu.projects", "/mass-organizations/projects.xhtml", "pi pi-chart-bar", staffAndLeads));
    }

    @Override
    public int migrationOrder() {
        return 20;
    }
}
