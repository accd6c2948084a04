package org.communitypartners.kernel.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.communitypartners.kernel.api.FeatureModule;

/** The feature modules packed into this WAR, in migration order. */
@ApplicationScoped
public class FeatureModules {

    @Inject
    Instance<FeatureModule> descriptors;

    public List<FeatureModule> all() {
        return descriptors.stream().sorted(Comparator.comparingInt(FeatureModule::migrationOrder)).toList();
    }

    public Optional<FeatureModule> byKey(String key) {
        return all().stream().filter(m -> m.key().equals(key)).findFirst();
    }
}
