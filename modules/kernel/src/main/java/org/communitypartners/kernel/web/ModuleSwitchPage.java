package org.communitypartners.kernel.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.communitypartners.kernel.api.FeatureModule;
import org.communitypartners.kernel.api.KernelBundle;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.kernel.application.FeatureModules;
import org.communitypartners.kernel.application.ModuleSwitchboard;
import org.communitypartners.kernel.application.ModuleSwitchboard.SubdistrictSwitches;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;

/** Which modules each subdistrict uses; a change applies at once, below the subdistrict too. */
@Named
@ViewScoped
public class ModuleSwitchPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ModuleSwitchboard switchboard;
    @Inject
    FeatureModules modules;
    @Inject
    Feedback feedback;

    private List<SubdistrictSwitches> rows;

    public List<SubdistrictSwitches> getRows() {
        if (rows == null) {
            rows = switchboard.overview();
        }
        return rows;
    }

    public List<FeatureModule> getModules() {
        return modules.all();
    }

    public String moduleName(FeatureModule module) {
        return KernelBundle.format(module.bundle(), Faces.getLocale(), "module.name");
    }

    /** Called after the toggle has written its new state into the row. */
    public void turn(SubdistrictSwitches row, String moduleKey) {
        boolean on = row.enabled().get(moduleKey);
        feedback.attempt(() -> switchboard.turn(row.subdistrictId(), moduleKey, on),
                on ? "module.turnedOn" : "module.turnedOff", row.name());
        rows = null;
    }
}
