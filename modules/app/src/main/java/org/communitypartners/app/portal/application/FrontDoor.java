package org.communitypartners.app.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PortalLink;
import org.communitypartners.kernel.api.PortalLogo;
import org.communitypartners.kernel.api.PortalSection;

/**
 * One front door per subdistrict or community (居民服务门户): the subdistrict's own public pages,
 * then each community's and each compound's, from every module switched on there. Built only
 * from the organisation tree and the modules' public links and partners' logos: nothing personal.
 */
@ApplicationScoped
public class FrontDoor {

    @Inject
    @Any
    Instance<PortalSection> sections;
    @Inject
    OrgDirectory directory;
    @Inject
    ModuleGate gate;

    /**
     * A place with its links and the logos of its partners; {@code below} are the communities (of a
     * subdistrict) or compounds (of a community).
     */
    public record Door(OrgUnitView place, List<Link> links, List<PortalLogo> logos, List<Door> below) {
    }

    public record Link(String bundle, PortalLink link) {
    }

    /** The front door of an active subdistrict or community by its division code; anything else is not found. */
    public Door of(String code) {
        OrgUnitView place = directory.findByCode(code).filter(OrgUnitView::active)
                .filter(u -> u.level() == OrgLevel.SUBDISTRICT || u.level() == OrgLevel.COMMUNITY)
                .orElseThrow(() -> new NotFoundInScope("OrgUnit", code));
        if (place.level() == OrgLevel.COMMUNITY) {
            OrgUnitView subdistrict = directory.find(place.parentId()).orElseThrow();
            return new Door(subdistrict, links(subdistrict), logos(subdistrict), List.of(door(place)));
        }
        return new Door(place, links(place), logos(place), children(place).stream().map(this::door).toList());
    }

    private Door door(OrgUnitView unit) {
        List<Door> below = unit.level() == OrgLevel.COMMUNITY
                ? children(unit).stream().map(c -> new Door(c, links(c), logos(c), List.of()))
                        .filter(d -> !d.links().isEmpty()).toList()
                : List.of();
        return new Door(unit, links(unit), logos(unit), below);
    }

    private List<OrgUnitView> children(OrgUnitView unit) {
        return directory.children(unit.id()).stream().filter(OrgUnitView::active)
                .sorted(Comparator.comparing(OrgUnitView::code)).toList();
    }

    private List<PortalLogo> logos(OrgUnitView place) {
        List<PortalLogo> logos = new ArrayList<>();
        for (PortalSection section : sections) {
            if (gate.isEnabledAt(section.moduleKey(), place.id())) {
                logos.addAll(section.logos(place));
            }
        }
        return logos;
    }

    private List<Link> links(OrgUnitView place) {
        List<Link> links = new ArrayList<>();
        for (PortalSection section : sections) {
            if (gate.isEnabledAt(section.moduleKey(), place.id())) {
                section.links(place).forEach(l -> links.add(new Link(section.bundle(), l)));
            }
        }
        return links;
    }
}
