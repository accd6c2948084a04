package org.communitypartners.partners;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.communitypartners.kernel.api.FeatureModule;
import org.communitypartners.kernel.api.MenuEntry;
import org.communitypartners.kernel.api.Roles;

/** Describes the partners module to the kernel: its name, icon, menu and migrations. */
@ApplicationScoped
public class PartnersModule implements FeatureModule {
    public static final String KEY = "partners";
    public static final String BUNDLE = "org.communitypartners.partners.messages";

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
        return "pi pi-users";
    }

    @Override
    public List<MenuEntry> menu() {
        Set<String> staff = Set.of(Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF);
        return List.of(new MenuEntry("menu.directory", "/partners/directory.xhtml", "pi pi-id-card", staff),
                new MenuEntry("menu.lists", "/partners/lists.xhtml", "pi pi-list", staff),
                new MenuEntry("menu.orders", "/partners/orders.xhtml", "pi pi-inbox", staff),
                new MenuEntry("menu.inbox", "/partners/inbox.xhtml", "pi pi-briefcase", Set.of(Roles.PARTNER_STAFF)),
                new MenuEntry("menu.open311Clients", "/partners/open311-clients.xhtml", "pi pi-key",
                        Set.of(Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN)));
    }

    @Override
    public int migrationOrder() {
        return 10;
    }
}
