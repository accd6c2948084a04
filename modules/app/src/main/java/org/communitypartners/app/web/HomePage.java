package org.communitypartners.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.communitypartners.kernel.api.CallerScope;
import org.communitypartners.kernel.api.FeatureModule;
import org.communitypartners.kernel.api.KernelBundle;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgUnitView;
import org.omnifaces.util.Faces;

/** The workbench after sign-in: where the user works and which modules their unit uses. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    CallerScope scope;
    @Inject
    OrgDirectory directory;
    @Inject
    ModuleGate gate;

    public String getGrantedUnitName() {
        Long unitId = scope.grantedUnitId();
        return unitId == null ? "" : directory.find(unitId).map(OrgUnitView::name).orElse("");
    }

    public String moduleName(FeatureModule module) {
        return KernelBundle.format(module.bundle(), Faces.getLocale(), "module.name");
    }

    public List<FeatureModule> getEnabledModules() {
        return gate.enabledForCaller();
    }
}
