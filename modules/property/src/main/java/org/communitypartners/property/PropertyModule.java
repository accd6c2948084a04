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
        Set<String> staff = Set.of(Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF,
                Roles.PARTNER_STAFF);
        Set<String> ledgerParties = Set.of(Roles.PARTNER_STAFF, Roles.OWNERS_COMMITTEE, Roles.NOTARY,
                Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF);
        Set<String> voteParties = Set.of(Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF,
                Roles.OWNERS_COMMITTEE, Roles.NOTARY);
        Set<String> commitmentParties = Set.of(Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF,
                Roles.PARTNER_STAFF, Roles.OWNER);
        return List.of(new MenuEntry("menu.register", "/property/register.xhtml", "pi pi-home", staff),
                new MenuEntry("menu.fees", "/property/fees.xhtml", "pi pi-wallet", staff),
                new MenuEntry("menu.ledger", "/property/ledger.xhtml", "pi pi-book", ledgerParties),
                new MenuEntry("menu.commitments", "/property/commitments.xhtml", "pi pi-list", commitmentParties),
                new MenuEntry("menu.votes", "/property/votes.xhtml", "pi pi-check-square", voteParties),
                new MenuEntry("menu.myVotes", "/property/ballot.xhtml", "pi pi-check-circle", Set.of(Roles.OWNER)));
    }

    @Override
    public int migrationOrder() {
        return 20;
    }
}
