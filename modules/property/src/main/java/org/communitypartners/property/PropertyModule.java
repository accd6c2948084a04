package org.communitypartners.property;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.communitypartners.kernel.api.FeatureModule;
import org.communitypartners.kernel.api.MenuEntry;
import org.communitypartners.kernel.api.Roles;

/** Describes the property module to the kernel: its name, icon, menu and migrations. */
@ApplicationScoped
public class PropertyModule implements FeatureModule {
    public static final String KEY = "property";
    public static final String BUNDLE = "org.communitypartners.property.messages";

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
        return "pi pi-building";
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("menu.register", "/property/register.xhtml", "pi pi-home",
                        Set.of(Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF, Roles.PARTNER_STAFF)),
                new MenuEntry("menu.commitments", "/property/commitments.xhtml", "pi pi-check-square",
                        Set.of(Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF, Roles.PARTNER_STAFF,
                                Roles.OWNER)));
    }

    @Override
    public int migrationOrder() {
        return 20;
    }
}
