package org.communitypartners.merchants;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.communitypartners.kernel.api.FeatureModule;
import org.communitypartners.kernel.api.MenuEntry;

/** Describes the merchants module to the kernel: its name, icon, menu and migrations. */
@ApplicationScoped
public class MerchantsModule implements FeatureModule {

    @Override
    public String key() {
        return "merchants";
    }

    @Override
    public String bundle() {
        return "org.communitypartners.merchants.messages";
    }

    @Override
    public String icon() {
        return "pi pi-shop";
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
