package org.communitypartners.app;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Fills in the datasource settings an operator did not give. Without {@code CP_DB_URL} the
 * product runs on an embedded H2 file under ./data/ and loads the demo data; with a MariaDB
 * URL it picks the MariaDB driver. Lowest priority: anything set elsewhere wins.
 */
public class DatabaseSettings implements ConfigSource {
    static final String EMBEDDED_URL = "jdbc:h2:file:./data/community-partners;MODE=MariaDB;DATABASE_TO_LOWER=TRUE";
    private static final String URL = "cp.db.url";

    @Override
    public Map<String, String> getProperties() {
        String url = configured(URL);
        boolean embedded = url == null || url.startsWith("jdbc:h2:");
        return Map.of(
                URL, url == null ? EMBEDDED_URL : url,
                "cp.db.class-name", embedded ? "org.h2.jdbcx.JdbcDataSource" : "org.mariadb.jdbc.MariaDbDataSource",
                "cp.db.user", embedded ? "sa" : "",
                "cp.db.password", "",
                // The demo data is for the first look on the embedded database; never by default on MariaDB.
                "cp.demo-data", String.valueOf(embedded));
    }

    @Override
    public Set<String> getPropertyNames() {
        return getProperties().keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return getProperties().get(propertyName);
    }

    @Override
    public String getName() {
        return "community-partners-database-defaults";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }

    /** The URL as the operator set it: a system property or the environment (CP_DB_URL). */
    private static String configured(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            value = System.getenv(name.toUpperCase().replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? null : value;
    }
}
