package org.communitypartners.kernel.api;

import java.util.List;

/**
 * A feature module describes itself to the kernel with one application-scoped bean of this
 * type. The kernel builds menus, runs migrations and gates URLs from these descriptors, so
 * taking a module's jar out of the WAR takes it out of the product.
 */
public interface FeatureModule {

    /** Short key, also the first URL segment of its pages and REST resources. */
    String key();

    /** Base name of the module's message bundle; holds at least {@code module.name}. */
    String bundle();

    /** PrimeIcons class for the menu. */
    String icon();

    List<MenuEntry> menu();

    /** Migrations run in this order (kernel first, partners before the partner kinds). */
    int migrationOrder();

    /** Classpath location of the module's Flyway migrations. */
    default String migrationLocation() {
        return "classpath:db/migration/" + key();
    }
}
