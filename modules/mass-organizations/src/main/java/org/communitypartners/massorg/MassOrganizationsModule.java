package org.communitypartners.massorg;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.communitypartners.kernel.api.FeatureModule;
import org.communitypartners.kernel.api.MenuEntry;

/** Describes the mass-organizations module to the kernel: its name, icon, menu and migrations. */
@ApplicationScoped
public class MassOrganizationsModule implements FeatureModule {

    @Override
    public String key() {
        return "mass-organizations";
    }

    @Override
    public String bundle() {
        return "org.communitypartners.massorg.messages";
    }

    @Override
    public String icon() {
        return "pi pi-flag";
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
