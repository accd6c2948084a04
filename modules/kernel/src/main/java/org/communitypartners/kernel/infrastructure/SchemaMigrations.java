package org.communitypartners.kernel.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Applies a module's Flyway migrations. Each module keeps its own history table, so a module
 * added to the WAR later migrates alongside a schema that already has the others. Besides the
 * portable location, a module may keep MariaDB-only migrations (triggers, say) in
 * {@code <location>-mariadb}.
 */
@ApplicationScoped
public class SchemaMigrations {
    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @Resource(lookup = KernelPersistence.DATASOURCE)
    DataSource dataSource;

    public void migrate(String moduleKey, String location) {
        var result = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(isMariaDb() ? new String[] {location, location + "-mariadb"} : new String[] {location})
                .table("flyway_history_" + moduleKey.replace('-', '_'))
                // The schema already holds other modules' tables when this module first migrates.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(() -> "Module " + moduleKey + ": " + result.migrationsExecuted + " migration(s) applied, schema at "
                + result.targetSchemaVersion);
    }

    private boolean isMariaDb() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("mariadb") || product.contains("mysql");
        } catch (SQLException e) {
            throw new IllegalStateException("the database cannot be reached", e);
        }
    }
}
