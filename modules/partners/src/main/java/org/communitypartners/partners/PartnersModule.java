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
        return List.of(new MenuEntry("menu.directory", "/partners/directory.xhtml", "pi pi-id-card",
                        Set.of(Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF)),
                new MenuEntry("menu.open311Clients", "/partners/open311-clients.xhtml", "pi pi-key",
                        Set.of(Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN)));
    }

    @Override
    public int migrationOrder() {
        return 10;
    }
}
