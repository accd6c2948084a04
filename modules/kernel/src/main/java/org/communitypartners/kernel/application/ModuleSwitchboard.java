package org.communitypartners.kernel.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.FeatureModule;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.domain.ModuleSwitch;
import org.communitypartners.kernel.domain.ModuleSwitchRepository;
import org.communitypartners.kernel.domain.OrgUnit;
import org.communitypartners.kernel.domain.OrgUnitRepository;

/** Turns feature modules on and off per subdistrict; audited. */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN})
public class ModuleSwitchboard {

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

    /** Every subdistrict in the caller's subtree with the state of every module. */
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
