package org.communitypartners.kernel.api;

import java.util.List;

/**
 * A module's public pages on the residents' front door (居民服务门户) of a subdistrict or
 * community. Only what needs no account and shows nothing personal belongs here. The portal asks
 * only where the module is switched on.
 */
public interface PortalSection {

    String moduleKey();

    /** Bundle with the links' wording. */
    String bundle();

    /** Links for a place of the tree: a subdistrict, a community or a compound; empty when the module has none. */
    List<PortalLink> links(OrgUnitView place);

    /** Logos of the partners at a place, shown with its links; a module without partners' logos has none. */
    default List<PortalLogo> logos(OrgUnitView place) {
        return List.of();
    }
}
