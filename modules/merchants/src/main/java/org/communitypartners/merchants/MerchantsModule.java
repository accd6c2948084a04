package org.communitypartners.merchants;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.communitypartners.kernel.api.FeatureModule;
import org.communitypartners.kernel.api.MenuEntry;
import org.communitypartners.kernel.api.Roles;

/** Describes the merchants module to the kernel: its name, icon, menu and migrations. */
@ApplicationScoped
public class MerchantsModule implements FeatureModule {
    public static final String KEY = "merchants";
    public static final String BUNDLE = "org.communitypartners.merchants.messages";

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
        return "pi pi-shop";
    }

    @Override
    public List<MenuEntry> menu() {
        Set<String> staff = Set.of(Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF);
        Set<String> library = Set.of(Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF,
                Roles.PARTNER_STAFF);
        Set<String> community = Set.of(Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF);
        return List.of(
                new MenuEntry("menu.library", "/merchants/library.xhtml", "pi pi-shop", library),
                new MenuEntry("menu.coverage", "/merchants/coverage.xhtml", "pi pi-map-marker", staff),
                new MenuEntry("menu.offers", "/merchants/offers.xhtml", "pi pi-tags", library),
                new MenuEntry("menu.redeem", "/merchants/redeem.xhtml", "pi pi-qrcode", Set.of(Roles.PARTNER_STAFF)),
                new MenuEntry("menu.benefits", "/merchants/benefits.xhtml", "pi pi-chart-bar", library),
                new MenuEntry("menu.eligibility", "/merchants/eligibility.xhtml", "pi pi-id-card", community),
                new MenuEntry("menu.childCare", "/merchants/child-care.xhtml", "pi pi-users", library),
                new MenuEntry("menu.donations", "/merchants/donations.xhtml", "pi pi-gift", staff),
                new MenuEntry("menu.mealPoints", "/merchants/meal-points.xhtml", "pi pi-home", staff),
                new MenuEntry("menu.mealCounter", "/merchants/meal-counter.xhtml", "pi pi-shopping-bag", library),
                new MenuEntry("menu.mealSettlement", "/merchants/meal-settlement.xhtml", "pi pi-wallet", staff));
    }

    @Override
    public int migrationOrder() {
        return 20;
    }
}
