package org.communitypartners.kernel.testing;

import java.util.List;
import java.util.Optional;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;

/**
 * The organisation directory over a fixed list of units, for the modules' unit tests (shared
 * through the kernel's test jar): the tree is read from the units' paths, as the real one is.
 */
public final class FixedOrgDirectory implements OrgDirectory {
    private final List<OrgUnitView> units;

    public FixedOrgDirectory(List<OrgUnitView> units) {
        this.units = List.copyOf(units);
    }

    @Override
    public Optional<OrgUnitView> find(long unitId) {
        return units.stream().filter(u -> u.id() == unitId).findFirst();
    }

    @Override
    public Optional<OrgUnitView> findByCode(String code) {
        return units.stream().filter(u -> u.code().equals(code)).findFirst();
    }

    @Override
    public List<OrgUnitView> children(long unitId) {
        return units.stream().filter(u -> u.parentId() != null && u.parentId() == unitId).toList();
    }

    /** The unit and every unit below it. */
    @Override
    public List<OrgUnitView> subtree(long unitId) {
        return units.stream().filter(u -> u.path().contains("/" + unitId + "/")).toList();
    }

    /** The subdistrict on the unit's path (the unit itself when it is one). */
    @Override
    public Optional<OrgUnitView> subdistrictOf(long unitId) {
        return find(unitId).flatMap(unit -> units.stream().filter(u -> u.level() == OrgLevel.SUBDISTRICT
                && unit.path().contains("/" + u.id() + "/")).findFirst());
    }

    @Override
    public List<OrgUnitView> searchVisible(String text, OrgLevel level, int limit) {
        return List.of();
    }
}
