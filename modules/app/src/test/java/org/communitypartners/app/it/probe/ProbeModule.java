package org.communitypartners.app.it.probe;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.communitypartners.kernel.api.FeatureModule;
import org.communitypartners.kernel.api.MenuEntry;

/**
 * A feature module that exists only in the integration tests' WAR: one page, one REST
 * resource and one menu entry, to prove what a module switch does to any module.
 */
@ApplicationScoped
public class ProbeModule implements FeatureModule {

    @Override
    public String key() {
        return "probe";
    }

    @Override
    public String bundle() {
        return "org.communitypartners.app.it.probe.messages";
    }

    @Override
    public String icon() {
        return "pi pi-bolt";
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("probe.page", "/probe/ping.xhtml", "pi pi-bolt", Set.of()));
    }

    @Override
    public int migrationOrder() {
        return 99;
    }
}
