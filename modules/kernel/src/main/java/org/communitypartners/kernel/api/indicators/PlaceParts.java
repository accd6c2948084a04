package org.communitypartners.kernel.api.indicators;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.communitypartners.kernel.api.OrgUnitView;

/**
 * A place split into the parts a dashboard drills into: a city into subdistricts, a subdistrict
 * into communities, a community into compounds. Rows are counted at the finest unit they carry
 * and attributed here to the part above it, so each source needs one grouped query per quarter.
 */
public final class PlaceParts {
    private final OrgUnitView place;
    private final List<OrgUnitView> parts;
    private final Map<Long, Long> partOfUnit = new HashMap<>();

    private PlaceParts(OrgUnitView place, List<OrgUnitView> subtree) {
        this.place = place;
        int depth = depth(place);
        this.parts = subtree.stream().filter(u -> place.id() == (u.parentId() == null ? -1 : u.parentId()))
                .sorted(Comparator.comparing(OrgUnitView::code)).toList();
        for (OrgUnitView unit : subtree) {
            List<String> ids = ids(unit);
            if (ids.size() >= depth && ids.get(depth - 1).equals(Long.toString(place.id()))) {
                partOfUnit.put(unit.id(), ids.size() == depth ? place.id() : Long.parseLong(ids.get(depth)));
            }
        }
    }

    /** The place and its subtree as the directory returns it (the place included). */
    public static PlaceParts of(OrgUnitView place, List<OrgUnitView> subtree) {
        return new PlaceParts(place, subtree);
    }

    public OrgUnitView place() {
        return place;
    }

    /** The place's children, by code. */
    public List<OrgUnitView> parts() {
        return parts;
    }

    /** Ids of the place and every unit below it. */
    public Set<Long> unitIds() {
        return partOfUnit.keySet();
    }

    /** The part holding a unit: a child of the place, or the place itself; empty outside it. */
    public Optional<Long> partOf(long unitId) {
        return Optional.ofNullable(partOfUnit.get(unitId));
    }

    private static int depth(OrgUnitView unit) {
        return ids(unit).size();
    }

    private static List<String> ids(OrgUnitView unit) {
        return List.of(unit.path().substring(1).split("/"));
    }
}
