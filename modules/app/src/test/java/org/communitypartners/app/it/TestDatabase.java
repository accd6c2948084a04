package org.communitypartners.app.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Recreates the integration tests' MariaDB database and user before every run, so each run
 * starts from a freshly migrated schema. Run by Maven in pre-integration-test.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static void main(String[] args) throws SQLException {
        String serverUrl = args[0];
        String adminUser = args[1];
        String database = args[2];
        String user = args[3];
        String password = args[4];
        // Maven drops an empty argument, so the (often empty) admin password comes last.
        String adminPassword = args.length > 5 ? args[5] : "";
        try (Connection connection = DriverManager.getConnection(serverUrl, adminUser, adminPassword);
             Statement sql = connection.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS `" + database + "`");
            sql.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            // MariaDB reports 127.0.0.1 connections as localhost: the user exists under both names.
            for (String host : new String[] {"localhost", "127.0.0.1"}) {
                sql.execute("CREATE OR REPLACE USER '" + user + "'@'" + host + "' IDENTIFIED BY '" + password + "'");
                sql.execute("GRANT ALL PRIVILEGES ON `" + database + "`.* TO '" + user + "'@'" + host + "'");
            }
        }
        System.out.println("Recreated MariaDB database " + database + " for the integration tests.");
    }
}
