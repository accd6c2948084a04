package org.communitypartners.kernel.api;

import java.util.Set;

/**
 * One entry of a module's menu: the label key in the module's bundle, the page, an icon
 * (PrimeIcons class) and the roles that see it (empty: every signed-in user).
 */
public record MenuEntry(String labelKey, String page, String icon, Set<String> roles) {
    public MenuEntry {
        roles = Set.copyOf(roles);
    }
}
