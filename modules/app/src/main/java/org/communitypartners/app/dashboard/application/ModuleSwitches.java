package org.communitypartners.app.dashboard.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.OrgUnitView;

/** Whether a module is on for a place and for each of its parts: a part switched off shows nothing. */
final class ModuleSwitches {

    private ModuleSwitches() {
    }

    static Map<Long, Boolean> of(ModuleGate gate, String module, OrgUnitView place, List<OrgUnitView> parts) {
        Map<Long, Boolean> on = new HashMap<>();
        on.put(place.id(), gate.isEnabledAt(module, place.id()));
        parts.forEach(p -> on.put(p.id(), gate.isEnabledAt(module, p.id())));
        return on;
    }
}
