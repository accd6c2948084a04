package org.communitypartners.kernel.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.communitypartners.kernel.api.FeatureModule;
import org.communitypartners.kernel.api.KernelBundle;
import org.communitypartners.kernel.api.MenuEntry;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.application.CurrentCaller;
import org.communitypartners.kernel.application.ModuleGateService;
import org.communitypartners.kernel.domain.OrgUnit;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuModel;

/**
 * The frame around every staff page: the menu of the modules switched on for the caller and
 * the kernel screens their roles allow, the breadcrumb, and who is signed in where.
 */
@Named
@RequestScoped
public class Shell {
    private static final String KERNEL = KernelBundle.NAME;

    @Inject
    ModuleGateService gate;
    @Inject
    CurrentCaller caller;
    @Inject
    SecurityContext security;

    private MenuModel menu;

    public MenuModel getMenu() {
        if (menu == null) {
            menu = buildMenu();
        }
        return menu;
    }

    public String getUserName() {
        return caller.account().map(a -> a.getDisplayName() + " (" + a.getUsername() + ")").orElse("");
    }

    public String getGrantedUnitName() {
        return caller.grantedUnit().map(OrgUnit::getName).orElse("");
    }

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    /** The dashboard page belongs to the WAR (modules/app), which gathers every module's figures. */
    private static final MenuEntry DASHBOARD = new MenuEntry("menu.dashboard", "/dashboard/index.xhtml",
            "pi pi-chart-bar", Set.of(Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF));

    private MenuModel buildMenu() {
        DefaultMenuModel model = new DefaultMenuModel();
        Locale locale = locale();
        model.getElements().add(item(text(KERNEL, "menu.home"), "/index.xhtml", "pi pi-home"));
        if (DASHBOARD.roles().stream().anyMatch(security::isCallerInRole)) {
            model.getElements().add(item(text(KERNEL, DASHBOARD.labelKey()), DASHBOARD.page(), DASHBOARD.icon()));
        }
        for (FeatureModule module : gate.enabledForCaller()) {
            List<MenuEntry> visible = module.menu().stream().filter(this::allowed).toList();
            if (visible.isEmpty()) {
                continue;
            }
            DefaultSubMenu sub = DefaultSubMenu.builder()
                    .label(KernelBundle.format(module.bundle(), locale, "module.name")).icon(module.icon()).build();
            visible.forEach(e -> sub.getElements().add(item(KernelBundle.format(module.bundle(), locale, e.labelKey()),
                    e.page(), e.icon())));
            model.getElements().add(sub);
        }
        List<MenuEntry> admin = new ArrayList<>();
        admin.add(new MenuEntry("menu.orgTree", "/admin/org-tree.xhtml", "pi pi-sitemap",
                Set.of(Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN)));
        admin.add(new MenuEntry("menu.users", "/admin/users.xhtml", "pi pi-users",
                Set.of(Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN)));
        admin.add(new MenuEntry("menu.modules", "/admin/modules.xhtml", "pi pi-sliders-h",
                Set.of(Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN)));
        admin.add(new MenuEntry("menu.audit", "/audit/log.xhtml", "pi pi-history",
                Set.of(Roles.SYSTEM_ADMIN, Roles.AUDITOR)));
        List<MenuEntry> visibleAdmin = admin.stream().filter(this::allowed).toList();
        if (!visibleAdmin.isEmpty()) {
            DefaultSubMenu sub = DefaultSubMenu.builder().label(text(KERNEL, "menu.admin")).icon("pi pi-cog").build();
            visibleAdmin.forEach(e -> sub.getElements().add(item(text(KERNEL, e.labelKey()), e.page(), e.icon())));
            model.getElements().add(sub);
        }
        return model;
    }

    private boolean allowed(MenuEntry entry) {
        return entry.roles().isEmpty() || entry.roles().stream().anyMatch(security::isCallerInRole);
    }

    private static DefaultMenuItem item(String label, String page, String icon) {
        return DefaultMenuItem.builder().value(label).outcome(page).icon(icon).build();
    }

    private static String text(String bundle, String key) {
        return KernelBundle.format(bundle, locale(), key);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
