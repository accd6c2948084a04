package org.communitypartners.kernel.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.communitypartners.kernel.api.FeatureModule;
import org.communitypartners.kernel.api.KernelBundle;
import org.communitypartners.kernel.application.ModuleSwitchboard;
import org.communitypartners.kernel.application.ModuleGateService;
import org.communitypartners.kernel.application.ModuleSwitchboard.SubdistrictSwitches;

/** Which modules the caller can use, and the switches that decide it. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ModuleResource {

    @Inject
    ModuleGateService gate;
    @Inject
    ModuleSwitchboard switchboard;

    public record ModuleState(String key, String nameZh, String nameEn) {
    }

    @GET
    @Path("modules")
    public List<ModuleState> enabledModules() {
        return gate.enabledForCaller().stream().map(ModuleResource::state).toList();
    }

    /** Turns a module on or off for one subdistrict (administrators of that subdistrict or above). */
    @PUT
    @Path("module-switches/{subdistrictId}/{moduleKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<SubdistrictSwitches> turn(@PathParam("subdistrictId") long subdistrictId,
                                          @PathParam("moduleKey") String moduleKey, Switch change) {
        RequiredFields.require(change, "enabled", change == null ? null : change.enabled());
        switchboard.turn(subdistrictId, moduleKey, change.enabled());
        return switchboard.overview();
    }

    public record Switch(Boolean enabled) {
    }

    private static ModuleState state(FeatureModule module) {
        return new ModuleState(module.key(), KernelBundle.format(module.bundle(), KernelBundle.CHINESE, "module.name"),
                KernelBundle.format(module.bundle(), KernelBundle.ENGLISH, "module.name"));
    }
}
