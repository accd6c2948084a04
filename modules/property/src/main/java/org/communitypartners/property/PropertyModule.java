package org.communitypartners.property;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.communitypartners.kernel.api.FeatureModule;
import org.communitypartners.kernel.api.MenuEntry;

/** Describes the property module to the kernel: its name, icon, menu and migrations. */
@ApplicationScoped
public class PropertyModule implements FeatureModule {

    @Override
    public String key() {
        return "property";
    }

    @Override
    public String bundle() {
        return "org.communitypartners.property.messages";
    }

    @Override
    public String icon() {
        return "pi pi-building";
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of();
    }

    @Override
    public int migrationOrder() {
        return 20;
    }
}
