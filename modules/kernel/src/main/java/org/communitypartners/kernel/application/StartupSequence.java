package org.communitypartners.kernel.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.communitypartners.kernel.api.FeatureModule;
import org.communitypartners.kernel.infrastructure.SchemaMigrations;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings the database up to date at start-up (kernel first, then each module in order), seeds
 * the first data (with each module's demo history on a demo database), and says where the product is and how to sign in.
 */
@jakarta.ejb.Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StartupSequence {
    private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());

    @Inject
    SchemaMigrations migrations;
    @Inject
    FeatureModules modules;
    @Inject
    InitialData initialData;
    @Inject
    DemoSeeding demoSeeding;

    @Inject
    @ConfigProperty(name = "cp.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;
    /** Benchmarks that fill a demo compound with their own data turn the modules' history off. */
    @Inject
    @ConfigProperty(name = "cp.demo.history", defaultValue = "true")
    boolean demoHistory;

    @PostConstruct
    void start() {
        migrations.migrate("kernel", "classpath:db/migration/kernel");
        for (FeatureModule module : modules.all()) {
            migrations.migrate(module.key(), module.migrationLocation());
        }
        InitialData.Prepared prepared = initialData.prepare();
        if (prepared.demoLoaded() && demoHistory) {
            demoSeeding.loadModuleHistories();
        }
        LOG.info(() -> "\n==== 社区合伙人平台 Community Partners is ready: " + publicUrl
                + "\n==== " + prepared.signIn() + "\n");
    }
}
