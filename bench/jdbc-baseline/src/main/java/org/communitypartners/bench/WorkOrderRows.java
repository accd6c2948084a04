package org.communitypartners.bench;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * The least a server can do for Open311's "one request" and "post a request": the same
 * work_order row with its category, place and partner names, and one work_order + reporter + event
 * in one transaction. The pool is sized like the product's; the URL and account are the
 * product's own settings (environment CP_DB_URL, CP_DB_USER, CP_DB_PASSWORD).
 */
@DataSourceDefinition(
        name = "java:app/jdbc/benchBaseline",
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=cp.db.url}",
        user = "${MPCONFIG=cp.db.user}",
        password = "${MPCONFIG=cp.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit",
            "fish.payara.fail-all-connections=true"
        })
@WebServlet("/requests/*")
public class WorkOrderRows extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String ROW = "SELECT o.id, o.status, o.category_code, c.name_zh, o.description, p.name,"
            + " o.submitted_at, o.resolve_due_at, o.compound_id, CONCAT_WS(' ', u.name, o.place_detail), o.latitude,"
            + " o.longitude FROM work_order o JOIN work_order_category c ON c.code = o.category_code"
            + " JOIN org_unit u ON u.id = COALESCE(o.compound_id, o.community_id)"
            + " LEFT JOIN partner p ON p.id = o.partner_id WHERE o.id = ? AND o.subdistrict_id = ?";
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    @Resource(lookup = "java:app/jdbc/benchBaseline")
    private transient DataSource db;

    /** {@code GET /requests/{id}?subdistrict_id=…}: the row as JSON, 404 if missing. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id = Long.parseLong(request.getPathInfo().substring(1));
        try (Connection connection = db.getConnection(); PreparedStatement query = connection.prepareStatement(ROW)) {
            query.setLong(1, id);
            query.setLong(2, Long.parseLong(request.getParameter("subdistrict_id")));
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                response.setContentType("application/json");
                response.setCharacterEncoding("UTF-8");
                PrintWriter out = response.getWriter();
                out.print("[{\"service_request_id\":\"" + row.getLong(1) + "\",\"status\":\"" + row.getString(2)
                        + "\",\"service_code\":\"" + row.getString(3) + "\",\"service_name\":" + json(row.getString(4))
                        + ",\"description\":" + json(row.getString(5)) + ",\"agency_responsible\":"
                        + json(row.getString(6)) + ",\"requested_datetime\":\"" + row.getTimestamp(7)
                        + "\",\"expected_datetime\":\"" + row.getTimestamp(8) + "\",\"address_id\":"
                        + json(row.getString(9)) + ",\"address\":" + json(row.getString(10)) + ",\"lat\":"
                        + row.getBigDecimal(11) + ",\"long\":" + row.getBigDecimal(12) + "}]");
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    /**
     * {@code POST /requests} with service_code, community_code, description, phone, first_name:
     * the category's service level and the community are read, then the order, its reporter and
     * its first timeline event are written in one transaction.
     */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (Connection connection = db.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long id = insert(connection, request, now);
                connection.commit();
                response.setContentType("application/json");
                response.getWriter().print("[{\"service_request_id\":\"" + id + "\"}]");
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    private static long insert(Connection connection, HttpServletRequest request, LocalDateTime now)
            throws SQLException {
        boolean complaint;
        int acceptMinutes;
        int resolveMinutes;
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT complaint, accept_minutes, resolve_minutes FROM work_order_category WHERE code = ?")) {
            query.setString(1, request.getParameter("service_code"));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                complaint = row.getBoolean(1);
                acceptMinutes = row.getInt(2);
                resolveMinutes = row.getInt(3);
            }
        }
        long communityId;
        long subdistrictId;
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, parent_id FROM org_unit WHERE code = ? AND level = 'COMMUNITY'")) {
            query.setString(1, request.getParameter("community_code"));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                communityId = row.getLong(1);
                subdistrictId = row.getLong(2);
            }
        }
        long id;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO work_order (category_code, complaint,"
                        + " subdistrict_id, community_id, description, channel, status, accept_minutes, resolve_minutes,"
                        + " submitted_at, accept_due_at, resolve_due_at, escalation, version)"
                        + " VALUES (?, ?, ?, ?, ?, 'OPEN311', 'SUBMITTED', ?, ?, ?, ?, ?, 'NONE', 0)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, request.getParameter("service_code"));
            insert.setBoolean(2, complaint);
            insert.setLong(3, subdistrictId);
            insert.setLong(4, communityId);
            insert.setString(5, request.getParameter("description"));
            insert.setInt(6, acceptMinutes);
            insert.setInt(7, resolveMinutes);
            insert.setTimestamp(8, Timestamp.valueOf(now));
            insert.setTimestamp(9, Timestamp.valueOf(now.plusMinutes(acceptMinutes)));
            insert.setTimestamp(10, Timestamp.valueOf(now.plusMinutes(resolveMinutes)));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO work_order_reporter (order_id,"
                + " tracking_code, name, phone, first_reporter, joined_at) VALUES (?, ?, ?, ?, TRUE, ?)")) {
            insert.setLong(1, id);
            insert.setString(2, trackingCode());
            insert.setString(3, request.getParameter("first_name"));
            insert.setString(4, request.getParameter("phone"));
            insert.setTimestamp(5, Timestamp.valueOf(now));
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO work_order_event (order_id, kind,"
                + " actor, actor_name, to_status, at) VALUES (?, 'SUBMITTED', 'RESIDENT', 'jdbc-baseline', 'SUBMITTED', ?)")) {
            insert.setLong(1, id);
            insert.setTimestamp(2, Timestamp.valueOf(now));
            insert.executeUpdate();
        }
        return id;
    }

    private static String trackingCode() {
        StringBuilder code = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            code.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    private static String json(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }
}
