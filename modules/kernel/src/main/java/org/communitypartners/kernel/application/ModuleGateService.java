package org.communitypartners.kernel.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.communitypartners.kernel.api.AuditResult;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.FeatureModule;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.domain.ModuleSwitch;
import org.communitypartners.kernel.domain.ModuleSwitchRepository;
import org.communitypartners.kernel.domain.OrgUnit;
import org.communitypartners.kernel.domain.OrgUnitRepository;

/**
 * Answers whether a module is on at a node of the tree. Read from the database on every
 * question, so a change takes effect at once on every server of a cluster, without a restart.
 */
@ApplicationScoped
public class ModuleGateService implements ModuleGate {

    @Inject
    ModuleSwitchRepository switches;
    @Inject
    OrgUnitRepository units;
    @Inject
    CurrentCaller caller;
    @Inject
    FeatureModules modules;
    @Inject
    KernelSettings settings;
    @Inject
    AuditTrail audit;

    @Override
    public List<FeatureModule> enabledForCaller() {
        return modules.all().stream().filter(m -> isEnabledForCaller(m.key())).toList();
    }

    @Override
    public boolean isEnabledForCaller(String moduleKey) {
        Long unitId = caller.grantedUnitId();
        return unitId != null && isEnabledAt(moduleKey, unitId);
    }

    @Override
    public boolean isEnabledAt(String moduleKey, long unitId) {
        Optional<OrgUnit> unit = units.find(unitId);
        if (unit.isEmpty()) {
            return false;
        }
        if (unit.get().getLevel() == OrgLevel.CITY) {
            List<OrgUnit> subdistricts = units.children(unitId).stream().filter(OrgUnit::isActive).toList();
            Map<Long, Boolean> set = switches.ofSubdistricts(subdistricts.stream().map(OrgUnit::getId).toList())
                    .stream().filter(s -> s.getModuleKey().equals(moduleKey))
                    .collect(Collectors.toMap(ModuleSwitch::getSubdistrictId, ModuleSwitch::isEnabled));
            return settings.moduleAvailability().isEnabled(OrgLevel.CITY, null, set, subdistricts.size());
        }
        long subdistrictId = unit.get().subdistrictId().orElseThrow();
        Boolean set = switches.ofSubdistrict(subdistrictId).stream()
                .filter(s -> s.getModuleKey().equals(moduleKey)).map(ModuleSwitch::isEnabled).findFirst().orElse(null);
        return settings.moduleAvailability().isEnabled(unit.get().getLevel(), set, Map.of(), 0);
    }

    @Override
    public void requireEnabledAt(String moduleKey, long unitId) {
        if (!isEnabledAt(moduleKey, unitId)) {
            audit.record("module.use", "Module", moduleKey, AuditResult.DENIED, "switched off at unit " + unitId);
            throw new NotFoundInScope("Module", moduleKey);
        }
    }
}
