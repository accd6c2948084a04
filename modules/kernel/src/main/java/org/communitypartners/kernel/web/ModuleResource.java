package org.communitypartners.kernel.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.communitypartners.kernel.api.FeatureModule;
import org.communitypartners.kernel.api.KernelBundle;
import org.communitypartners.kernel.application.AuditArchive;
import org.communitypartners.kernel.application.FeatureModules;
import org.communitypartners.kernel.application.ModuleSwitchboard;
import org.communitypartners.kernel.application.ModuleSwitches;
import org.communitypartners.kernel.application.ModuleSwitchboard.SubdistrictSwitches;

/** Which modules the caller can use, module switches, and the audit archive on demand for operators. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ModuleResource {

    @Inject
    FeatureModules modules;
    @Inject
    ModuleSwitches gate;
    @Inject
    ModuleSwitchboard switchboard;
    @Inject
    AuditArchive archive;

    public record ModuleState(String key, String nameZh, String nameEn) {
    }

    @GET
    @Path("modules")
    public List<ModuleState> enabledModules() {
        return modules.all().stream().filter(m -> gate.isEnabledForCaller(m.key()))
                .map(ModuleResource::state).toList();
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

    /** Archives audit entries past retention now instead of at night (system administrators). */
    @POST
    @Path("audit/archive")
    public Map<String, Integer> archiveAudit() {
        return Map.of("archived", archive.archiveNow());
    }

    private static ModuleState state(FeatureModule module) {
        return new ModuleState(module.key(), KernelBundle.format(module.bundle(), KernelBundle.CHINESE, "module.name"),
                KernelBundle.format(module.bundle(), KernelBundle.ENGLISH, "module.name"));
    }
}
