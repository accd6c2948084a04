package org.communitypartners.kernel.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communitypartners.kernel.api.AuditResult;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.FeatureModule;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.domain.ModuleSwitch;
import org.communitypartners.kernel.domain.ModuleSwitchRepository;
import org.communitypartners.kernel.domain.OrgUnit;
import org.communitypartners.kernel.domain.OrgUnitRepository;

/**
 * Turns feature modules on and off per subdistrict and answers whether a module is on at a
 * node. Read from the database on every question, so a change takes effect at once on every
 * server of a cluster, without a restart.
 */
@Stateless
@LocalBean
@Local(ModuleGate.class)
@PermitAll
public class ModuleSwitchboard implements ModuleGate {

    @Inject
    ModuleSwitchRepository switches;
    @Inject
    OrgUnitRepository units;
    @Inject
    FeatureModules modules;
    @Inject
    CurrentCaller caller;
    @Inject
    KernelSettings settings;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /** One subdistrict's row of the switch screen: each module's state. */
    public record SubdistrictSwitches(long subdistrictId, String code, String name, Map<String, Boolean> enabled) {
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
            List<OrgUnit> subdistricts = units.children(unitId);
            Map<Long, Boolean> set = switches.ofSubdistricts(subdistricts.stream().map(OrgUnit::getId).toList())
                    .stream().filter(s -> s.getModuleKey().equals(moduleKey))
                    .collect(Collectors.toMap(ModuleSwitch::getSubdistrictId, ModuleSwitch::isEnabled));
            return settings.moduleAvailability().isEnabled(OrgLevel.CITY, null, set, subdistricts.size());
        }
        long subdistrictId = CurrentCaller.subdistrictOf(unit.get()).orElseThrow();
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

    /** Every subdistrict in the caller's subtree with the state of every module. */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN})
    public List<SubdistrictSwitches> overview() {
        List<OrgUnit> subdistricts = units.subtree(caller.subtree()).stream()
                .filter(u -> u.getLevel() == OrgLevel.SUBDISTRICT)
                .sorted(Comparator.comparing(OrgUnit::getCode)).toList();
        Map<Long, List<ModuleSwitch>> set = switches.ofSubdistricts(subdistricts.stream().map(OrgUnit::getId).toList())
                .stream().collect(Collectors.groupingBy(ModuleSwitch::getSubdistrictId));
        List<SubdistrictSwitches> rows = new ArrayList<>();
        for (OrgUnit subdistrict : subdistricts) {
            Map<String, Boolean> explicit = set.getOrDefault(subdistrict.getId(), List.of()).stream()
                    .collect(Collectors.toMap(ModuleSwitch::getModuleKey, ModuleSwitch::isEnabled));
            Map<String, Boolean> state = modules.all().stream().collect(Collectors.toMap(FeatureModule::key,
                    m -> settings.moduleAvailability().isEnabled(OrgLevel.SUBDISTRICT, explicit.get(m.key()), Map.of(), 0),
                    (a, b) -> a, LinkedHashMap::new));
            rows.add(new SubdistrictSwitches(subdistrict.getId(), subdistrict.getCode(), subdistrict.getName(), state));
        }
        return rows;
    }

    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN})
    public void turn(long subdistrictId, String moduleKey, boolean on) {
        caller.requireVisible(subdistrictId, "OrgUnit", subdistrictId);
        OrgUnit subdistrict = units.find(subdistrictId).filter(u -> u.getLevel() == OrgLevel.SUBDISTRICT)
                .orElseThrow(() -> new NotFoundInScope("OrgUnit", subdistrictId));
        modules.byKey(moduleKey).orElseThrow(() -> new NotFoundInScope("Module", moduleKey));
        Map<String, ModuleSwitch> existing = switches.ofSubdistrict(subdistrictId).stream()
                .collect(Collectors.toMap(ModuleSwitch::getModuleKey, Function.identity()));
        ModuleSwitch moduleSwitch = existing.get(moduleKey);
        if (moduleSwitch == null) {
            switches.add(new ModuleSwitch(subdistrictId, moduleKey, on, caller.username(), clock.instant()));
        } else {
            moduleSwitch.turn(on, caller.username(), clock.instant());
        }
        audit.success(on ? "module.on" : "module.off", "Module", moduleKey, subdistrict.getCode() + " " + subdistrict.getName());
    }
}
