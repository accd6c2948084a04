package org.communitypartners.kernel.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.domain.OrgUnit;
import org.communitypartners.kernel.domain.OrgUnitRepository;
import org.communitypartners.kernel.domain.OrgUnitRepository.OrgUnitFilter;
import org.communitypartners.kernel.domain.TreePath;

/** The organisation tree as other modules read it. */
@ApplicationScoped
public class Directory implements OrgDirectory {

    @Inject
    OrgUnitRepository units;
    @Inject
    CurrentCaller caller;

    @Override
    public Optional<OrgUnitView> find(long unitId) {
        return units.find(unitId).map(OrgUnit::view);
    }

    @Override
    public Optional<OrgUnitView> findByCode(String code) {
        return code == null || code.isBlank() ? Optional.empty() : units.findByCode(code.strip()).map(OrgUnit::view);
    }

    @Override
    public List<OrgUnitView> children(long unitId) {
        return units.children(unitId).stream().map(OrgUnit::view).toList();
    }

    @Override
    public List<OrgUnitView> subtree(long unitId) {
        return units.find(unitId).map(unit -> units.subtree(new TreePath(unit.view().path())))
                .orElse(List.of()).stream().map(OrgUnit::view).toList();
    }

    @Override
    public List<OrgUnitView> searchVisible(String text, OrgLevel level, int limit) {
        return units.list(new OrgUnitFilter(caller.subtree(), level, text, true), new PageRequest(0, limit, "code", true))
                .stream().map(OrgUnit::view).toList();
    }

    @Override
    public Optional<OrgUnitView> subdistrictOf(long unitId) {
        return units.find(unitId).flatMap(OrgUnit::subdistrictId).flatMap(this::find);
    }
}
