package org.communitypartners.app.it;

import java.io.File;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Test data written straight into the integration-test database: a second subdistrict and
 * accounts with known passwords (no forced change), plus reads of what the product wrote.
 * Every writer is idempotent, so tests do not depend on each other's order.
 */
final class Fixtures {
    static final String PASSWORD = "It-Passw0rd!";

    private Fixtures() {
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
    }

    static long unitId(String code) throws SQLException {
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement("SELECT id FROM org_unit WHERE code = ?")) {
            query.setString(1, code);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : -1;
            }
        }
    }

    /** A unit below an existing parent, created once. */
    static long unit(String parentCode, String code, String name, String level) throws SQLException {
        long existing = unitId(code);
        if (existing > 0) {
            return existing;
        }
        try (Connection db = connect()) {
            long parentId = unitId(parentCode);
            String parentPath;
            try (PreparedStatement query = db.prepareStatement("SELECT path FROM org_unit WHERE id = ?")) {
                query.setLong(1, parentId);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    parentPath = row.getString(1);
                }
            }
            long id;
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO org_unit (code, name, level, parent_id, path, active, version) VALUES (?, ?, ?, ?, '/', TRUE, 0)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, code);
                insert.setString(2, name);
                insert.setString(3, level);
                insert.setLong(4, parentId);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement update = db.prepareStatement("UPDATE org_unit SET path = ? WHERE id = ?")) {
                update.setString(1, parentPath + id + "/");
                update.setLong(2, id);
                update.executeUpdate();
            }
            return id;
        }
    }

    /** 千秋社区, in 千秋街道: a community of another subdistrict than the demo's 广陵街道. */
    static final String QIANQIU_COMMUNITY = "341181002001";

    /** The product WAR as the build made it, deployed once per module suite. */
    static WebArchive productWar() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("cp.war")));
    }

    /** 千秋街道 and its 千秋社区, created once: the other side of every tenancy test. */
    static void anotherSubdistrict() throws SQLException {
        unit("341181000000", "341181002000", "千秋街道", "SUBDISTRICT");
        unit("341181002000", QIANQIU_COMMUNITY, "千秋社区", "COMMUNITY");
    }

    /** An active account with {@link #PASSWORD}, granted the unit, created once. */
    static void account(String username, String role, String unitCode) throws SQLException {
        try (Connection db = connect()) {
            try (PreparedStatement query = db.prepareStatement("SELECT id FROM user_account WHERE username = ?")) {
                query.setString(1, username);
                try (ResultSet row = query.executeQuery()) {
                    if (row.next()) {
                        return;
                    }
                }
            }
            long id;
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO user_account (username, display_name, password_hash, granted_unit_id, active, "
                            + "must_change_password, failed_logins, version) VALUES (?, ?, ?, ?, TRUE, FALSE, 0, 0)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, username);
                insert.setString(2, "测试 " + username);
                insert.setString(3, hash(PASSWORD));
                insert.setLong(4, unitId(unitCode));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO user_account_role (user_id, role) VALUES (?, ?)")) {
                insert.setLong(1, id);
                insert.setString(2, role);
                insert.executeUpdate();
            }
        }
    }

    /** What an administrator's reset does to the stored password. */
    static void setPassword(String username, String password) throws SQLException {
        try (Connection db = connect();
             PreparedStatement update = db.prepareStatement("UPDATE user_account SET password_hash = ? WHERE username = ?")) {
            update.setString(1, hash(password));
            update.setString(2, username);
            update.executeUpdate();
        }
    }

    /** Audit rows of one actor and action, newest first: "result|targetType|targetId". */
    static List<String> audit(String actor, String action) throws SQLException {
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement(
                "SELECT result, target_type, target_id FROM audit_entry WHERE actor = ? AND action = ? ORDER BY id DESC")) {
            query.setString(1, actor);
            query.setString(2, action);
            List<String> rows = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(row.getString(1) + "|" + row.getString(2) + "|" + row.getString(3));
                }
            }
            return rows;
        }
    }

    /**
     * An Open311 client of the subdistrict with a known key (as the admin screen would issue it:
     * only the SHA-256 hash stored), created once; returns the key.
     */
    static String open311Key(String name, String subdistrictCode) throws SQLException {
        String key = "o311_it-" + name;
        String hash = sha256(key);
        try (Connection db = connect()) {
            try (PreparedStatement query = db.prepareStatement("SELECT id FROM open311_client WHERE key_hash = ?")) {
                query.setString(1, hash);
                try (ResultSet row = query.executeQuery()) {
                    if (row.next()) {
                        return key;
                    }
                }
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO open311_client (name, subdistrict_id, "
                    + "key_prefix, key_hash, issued_by, issued_at, version) VALUES (?, ?, ?, ?, 'it', NOW(6), 0)")) {
                insert.setString(1, name);
                insert.setLong(2, unitId(subdistrictCode));
                insert.setString(3, key.substring(0, 9));
                insert.setString(4, hash);
                insert.executeUpdate();
            }
        }
        return key;
    }

    static void coordinates(String unitCode, String latitude, String longitude) throws SQLException {
        update("UPDATE org_unit SET latitude = ?, longitude = ? WHERE code = ?", new BigDecimal(latitude),
                new BigDecimal(longitude), unitCode);
    }

    /** Switches a module off for a subdistrict, as the switchboard would. */
    static void switchOff(String subdistrictCode, String module) throws SQLException {
        update("INSERT INTO module_switch (subdistrict_id, module_key, enabled, changed_by, changed_at, version) "
                + "VALUES (?, ?, FALSE, 'it', NOW(6), 0) ON DUPLICATE KEY UPDATE enabled = FALSE",
                unitId(subdistrictCode), module);
    }

    /** A resident's comment on an order's timeline, as the tracking page records it. */
    static void residentComment(String orderId, String note) throws SQLException {
        update("INSERT INTO work_order_event (order_id, kind, actor, actor_name, to_status, note, at) SELECT id, "
                + "'COMMENT', 'RESIDENT', 'resident', status, ?, UTC_TIMESTAMP(6) FROM work_order WHERE id = ?",
                note, Long.parseLong(orderId));
    }

    /** A community dispatch note on an order's timeline, as the order page records it. */
    static void dispatchNote(String orderId, String note) throws SQLException {
        update("INSERT INTO work_order_event (order_id, kind, actor, actor_name, to_status, note, at) SELECT id, "
                + "'DISPATCH', 'COMMUNITY', 'it.tianfu', status, ?, UTC_TIMESTAMP(6) FROM work_order WHERE id = ?",
                note, Long.parseLong(orderId));
    }

    private static void update(String sql, Object... parameters) throws SQLException {
        try (Connection db = connect(); PreparedStatement update = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String orgUnitName(long id) throws SQLException {
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement("SELECT name FROM org_unit WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    /** The stored form Jakarta Security's PBKDF2 hash reads: algorithm:iterations:salt:hash. */
    private static String hash(String password) {
        try {
            byte[] salt = new byte[32];
            new SecureRandom().nextBytes(salt);
            int iterations = 2048;
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 64 * 8)).getEncoded();
            return "PBKDF2WithHmacSHA512:" + iterations + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                    + Base64.getEncoder().encodeToString(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
