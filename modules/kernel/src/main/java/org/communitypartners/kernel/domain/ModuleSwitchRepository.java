package org.communitypartners.kernel.domain;

import java.util.Collection;
import java.util.List;

public interface ModuleSwitchRepository {

    List<ModuleSwitch> ofSubdistrict(long subdistrictId);

    List<ModuleSwitch> ofSubdistricts(Collection<Long> subdistrictIds);

    ModuleSwitch add(ModuleSwitch moduleSwitch);
}
