package org.communitypartners.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The staff dashboard on Payara Micro against MariaDB: its figures against a direct SQL count of
 * the same rows, tenancy, module switches, and the screen with its drill-down in a browser.
 * Orders are written into a quarter long past (2024), where no other test writes.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardSystemIT {
    private static final String GUANGLING = "341181001000";
    private static final String YONGFU = "341181001001";
    private static final String TIANFU = "341181001002";
    private static final String YIMIN = "341181001002001";
    private static final String QIANQIU = "341181002000";
    private static final String QUARTER = "2024Q2";
    /** 2024Q2 in China time, as UTC: [2024-03-31 16:00, 2024-06-30 16:00). */
    private static final LocalDateTime Q2_START = LocalDateTime.of(2024, 3, 31, 16, 0);
    private static final LocalDateTime Q2_END = LocalDateTime.of(2024, 6, 30, 16, 0);

    @ArquillianResource
    URL deployed;

    private URI base;

    @Deployment(testable = false)
    static WebArchive product() {
        return Fixtures.productWar();
    }

    @BeforeEach
    void fixtures() throws SQLException, URISyntaxException {
        base = deployed.toURI();
        Fixtures.anotherSubdistrict();
        Fixtures.account("it.dash.admin", "SUBDISTRICT_ADMIN", GUANGLING);
        Fixtures.account("it.dash.tianfu", "COMMUNITY_STAFF", TIANFU);
        Fixtures.account("it.dash.qianqiu", "COMMUNITY_STAFF", Fixtures.QIANQIU_COMMUNITY);
        if (count("SELECT COUNT(*) FROM work_order WHERE description LIKE 'IT-DASH%'") == 0) {
            // The quarter: 益民小区 3 orders (2 resolved, 1 of them late; 1 confirmed and rated 4; 1 complaint),
            // 永福社区 (no compound) 1 order resolved on time and rated 5; the quarter before: 益民小区 4 complaints.
            order(TIANFU, YIMIN, "REPAIR", false, Q2_START.plusDays(1), 60, 4, "CONFIRMED");
            order(TIANFU, YIMIN, "REPAIR", false, Q2_START.plusDays(2), 500, null, "RESOLVED");
            order(TIANFU, YIMIN, "PROPERTY_COMPLAINT", true, Q2_START.plusDays(3), null, null, "DISPATCHED");
            order(YONGFU, null, "NOISE", false, Q2_END.minusHours(1), 30, 5, "CONFIRMED");
            for (int i = 1; i <= 4; i++) {
                order(TIANFU, YIMIN, "PROPERTY_COMPLAINT", true, Q2_START.minusDays(10 * i), null, null, "SUBMITTED");
            }
        }
    }

    @Test
    void theSubdistrictsFiguresAreTheRowsCountedDirectly() throws SQLException {
        StaffClient admin = StaffClient.signedIn(base, "it.dash.admin", Fixtures.PASSWORD);
        HttpResponse<String> answer = admin.get("api/v1/dashboard?unit=" + Fixtures.unitId(GUANGLING) + "&quarter=" + QUARTER);
        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject view = Json.createReader(new StringReader(answer.body())).readObject();
        long guangling = Fixtures.unitId(GUANGLING);
        String inQuarter = " FROM work_order WHERE subdistrict_id = " + guangling + " AND submitted_at >= '" + Q2_START
                + "' AND submitted_at < '" + Q2_END + "'";

        assertEquals(count("SELECT COUNT(*)" + inQuarter), value(view, "orders.received", "now"));
        assertEquals(4, value(view, "orders.received", "now"));
        assertEquals(count("SELECT COUNT(*)" + inQuarter + " AND resolved_at IS NOT NULL"),
                value(view, "orders.resolved", "now"));
        assertEquals(count("SELECT COUNT(*)" + inQuarter + " AND complaint"), value(view, "orders.complaints", "now"));
        assertEquals(4, value(view, "orders.complaints", "previous"));
        assertEquals(new BigDecimal("66.7"), shown(figure(view, "orders.onTime", "now"), 100, 1),
                "2 of the 3 resolved were on time");
        assertEquals(new BigDecimal("4.50"), shown(figure(view, "orders.satisfaction", "now"), 1, 2));
        JsonObject byPart = row(view, "orders.received").getJsonObject("byPart");
        assertEquals(3, number(byPart.getJsonObject(String.valueOf(Fixtures.unitId(TIANFU))).get("numerator")));
        assertEquals(1, number(byPart.getJsonObject(String.valueOf(Fixtures.unitId(YONGFU))).get("numerator")));
        assertEquals(8, view.getJsonArray("trend").size());
    }

    /** The demo's history (loaded into the test database with the demo tree) against SQL over the same tables. */
    @Test
    void theDemoSubdistrictsLastQuarterMatchesADirectSqlComputation() throws SQLException {
        StaffClient admin = StaffClient.signedIn(base, "it.dash.admin", Fixtures.PASSWORD);
        JsonObject view = Json.createReader(new StringReader(admin.get("api/v1/dashboard").body())).readObject();
        JsonObject quarter = view.getJsonObject("quarter");
        LocalDateTime start = LocalDateTime.of(quarter.getInt("year"), (quarter.getInt("number") - 1) * 3 + 1, 1, 0, 0)
                .minusHours(8);
        String inQuarter = " FROM work_order WHERE subdistrict_id = " + Fixtures.unitId(GUANGLING)
                + " AND submitted_at >= '" + start + "' AND submitted_at < '" + start.plusMonths(3) + "'";
        long complaints = count("SELECT COUNT(*)" + inQuarter + " AND complaint");
        long households = count("SELECT COUNT(*) FROM property_unit u JOIN org_unit c ON c.id = u.compound_id"
                + " WHERE c.path LIKE '%/" + Fixtures.unitId(GUANGLING) + "/%'");

        assertTrue(households >= 1360, "the demo register: " + households);
        assertEquals(count("SELECT COUNT(*)" + inQuarter), value(view, "orders.received", "now"));
        assertEquals(count("SELECT COUNT(*)" + inQuarter + " AND resolved_at <= resolve_due_at"),
                value(view, "orders.onTime", "now"));
        JsonObject rate = figure(view, "orders.complaintRate", "now");
        assertEquals(complaints, number(rate.get("numerator")));
        assertEquals(households, number(rate.get("denominator")));
        JsonObject yearAgo = figure(view, "orders.complaintRate", "lastYear");
        assertTrue(shown(rate, 100, 2).compareTo(shown(yearAgo, 100, 2)) < 0,
                "the demo's complaint rate falls: " + rate + " after " + yearAgo);
    }

    /**
     * The demo subdistrict's eight quarters counted from the rows, then again after the summary job
     * ran: every figure of every quarter, part and category is the same, and the direct SQL count
     * too. The summary is removed afterwards so the other tests and suites count from the rows.
     */
    @Test
    void afterTheSummaryJobRanTheFinishedQuartersAreReadFromItWithTheSameFigures() throws SQLException {
        Fixtures.account("it.dash.sysadmin", "SYSTEM_ADMIN", "341181000000");
        StaffClient sysadmin = StaffClient.signedIn(base, "it.dash.sysadmin", Fixtures.PASSWORD);
        StaffClient admin = StaffClient.signedIn(base, "it.dash.admin", Fixtures.PASSWORD);
        String guangling = "api/v1/dashboard?unit=" + Fixtures.unitId(GUANGLING);
        try {
            clearSummary();
            JsonObject live = Json.createReader(new StringReader(admin.get(guangling).body())).readObject();
            assertFalse(live.containsKey("summarizedAt"), "nothing summarized yet: " + live.get("summarizedAt"));

            assertEquals(404, admin.postJson("api/v1/indicators/summary", "").statusCode(),
                    "only a system administrator refreshes the summary");
            HttpResponse<String> run = sysadmin.postJson("api/v1/indicators/summary", "");
            assertEquals(200, run.statusCode(), run.body());
            assertTrue(Json.createReader(new StringReader(run.body())).readObject().getInt("quartersWritten") >= 8,
                    run.body());
            assertTrue(count("SELECT COUNT(*) FROM indicator_summary s JOIN org_unit u ON u.id = s.unit_id"
                    + " WHERE u.level = 'COMPOUND'") > 0, "kept at the compounds");

            JsonObject summarized = Json.createReader(new StringReader(admin.get(guangling).body())).readObject();
            assertTrue(summarized.containsKey("summarizedAt"), "read from the summary");
            assertSameFigures(live, summarized);
            HttpResponse<String> page = admin.get("dashboard/index.xhtml?unit=" + Fixtures.unitId(GUANGLING));
            assertTrue(page.body().contains("已结束季度的数字截至"), "the page says as of when");

            JsonObject quarter = summarized.getJsonObject("quarter");
            LocalDateTime start = LocalDateTime.of(quarter.getInt("year"), (quarter.getInt("number") - 1) * 3 + 1, 1,
                    0, 0).minusHours(8);
            String inQuarter = " FROM work_order WHERE subdistrict_id = " + Fixtures.unitId(GUANGLING)
                    + " AND submitted_at >= '" + start + "' AND submitted_at < '" + start.plusMonths(3) + "'";
            assertEquals(count("SELECT COUNT(*)" + inQuarter), value(summarized, "orders.received", "now"));
            assertEquals(count("SELECT COUNT(*)" + inQuarter + " AND complaint"),
                    value(summarized, "orders.complaints", "now"));
            assertEquals(count("SELECT COUNT(*) FROM work_order WHERE subdistrict_id = " + Fixtures.unitId(GUANGLING)
                    + " AND submitted_at >= '" + Q2_START + "' AND submitted_at < '" + Q2_END + "'"),
                    value(Json.createReader(new StringReader(admin.get(guangling + "&quarter=" + QUARTER).body()))
                            .readObject(), "orders.received", "now"), "a quarter two years back, filled once");
        } finally {
            clearSummary();
        }
    }

    @Test
    void theFiguresExportToExcelAndTheQuarterPrintsAsAPdf() {
        StaffClient admin = StaffClient.signedIn(base, "it.dash.admin", Fixtures.PASSWORD);

        HttpResponse<String> pdf = admin.get("api/v1/dashboard/report.pdf?quarter=" + QUARTER);
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.body().startsWith("%PDF"), "a PDF");
        HttpResponse<String> excel = admin.submit("dashboard/index.xhtml?quarter=" + QUARTER, "dashboard",
                Map.of("dashboard:quarter_input", QUARTER), "dashboard:figures:exportFigures");
        assertEquals(200, excel.statusCode());
        assertTrue(excel.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"),
                excel.headers().toString());
        assertTrue(excel.body().startsWith("PK"), "an xlsx (zip) file");
    }

    @Test
    void aCallerSeesOnlyTheirOwnPartOfTheTreeAndBadQuartersAreRefused() throws SQLException {
        StaffClient tianfu = StaffClient.signedIn(base, "it.dash.tianfu", Fixtures.PASSWORD);
        StaffClient qianqiu = StaffClient.signedIn(base, "it.dash.qianqiu", Fixtures.PASSWORD);

        assertEquals(404, qianqiu.get("api/v1/dashboard?unit=" + Fixtures.unitId(GUANGLING)).statusCode());
        assertEquals(404, tianfu.get("api/v1/dashboard?unit=" + Fixtures.unitId(GUANGLING)).statusCode(),
                "a community does not see its subdistrict's figures");
        String own = tianfu.get("api/v1/dashboard?quarter=" + QUARTER).body();
        assertTrue(own.contains("\"name\":\"天福社区\""), own);
        HttpResponse<String> bad = tianfu.get("api/v1/dashboard?quarter=2024Q5");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("2026Q3"), bad.body());
        assertEquals(401, new StaffClient(base).get("api/v1/dashboard").statusCode());
    }

    @Test
    void aModuleSwitchedOffShowsNoFigures() throws SQLException {
        StaffClient qianqiu = StaffClient.signedIn(base, "it.dash.qianqiu", Fixtures.PASSWORD);
        assertTrue(qianqiu.get("api/v1/dashboard").body().contains("orders.received"));

        Fixtures.switchOff(QIANQIU, "partners");
        String off = qianqiu.get("api/v1/dashboard").body();
        assertFalse(off.contains("orders.received"), off);
    }

    @Test
    void staffDrillFromTheSubdistrictToACommunityAndOpenTheRowsBehindAFigure() throws Exception {
        try (Browser browser = new Browser(1280, 900)) {
            browser.signIn(base, "it.dash.admin");
            browser.open(base.resolve("dashboard/index.xhtml?quarter=" + QUARTER).toString());
            browser.until(d -> browser.pageText().contains("受理工单"));
            assertTrue(browser.pageText().contains("66.7%"), browser.pageText());
            browser.screenshot("dashboard-01-subdistrict");

            browser.click(By.linkText("天福社区"));
            browser.until(d -> browser.find(By.id("place")).getText().equals("天福社区"));
            browser.screenshot("dashboard-02-community");

            browser.click(By.linkText("受理工单"));
            browser.until(d -> browser.pageText().contains("仪表盘数据明细"));
            browser.until(d -> browser.pageText().contains("3 条"));
            browser.screenshot("dashboard-03-rows-behind");

            browser.resize(390, 844);
            browser.open(base.resolve("dashboard/index.xhtml?quarter=" + QUARTER).toString());
            browser.until(d -> browser.pageText().contains("受理工单"));
            browser.screenshot("dashboard-04-phone");
        }
    }

    /** Every figure of both views (indicators, parts, trend, categories) has the same value. */
    private static void assertSameFigures(JsonObject expected, JsonObject actual) {
        assertEquals(expected.getJsonArray("rows").size(), actual.getJsonArray("rows").size());
        for (JsonObject row : expected.getJsonArray("rows").getValuesAs(JsonObject.class)) {
            String key = row.getString("key");
            JsonObject other = row(actual, key);
            for (String which : new String[] {"now", "previous", "lastYear"}) {
                assertSameValue(row.getJsonObject(which), other.getJsonObject(which), key + " " + which);
            }
            for (int i = 0; i < row.getJsonArray("trend").size(); i++) {
                assertSameValue(row.getJsonArray("trend").getJsonObject(i), other.getJsonArray("trend").getJsonObject(i),
                        key + " trend " + i);
            }
            for (String part : row.getJsonObject("byPart").keySet()) {
                assertSameValue(row.getJsonObject("byPart").getJsonObject(part),
                        other.getJsonObject("byPart").getJsonObject(part), key + " part " + part);
            }
        }
        for (JsonObject breakdown : expected.getJsonArray("breakdowns").getValuesAs(JsonObject.class)) {
            JsonObject other = actual.getJsonArray("breakdowns").getValuesAs(JsonObject.class).stream()
                    .filter(b -> b.getString("key").equals(breakdown.getString("key"))).findFirst().orElseThrow();
            assertEquals(breakdown.getJsonArray("rows").size(), other.getJsonArray("rows").size(),
                    breakdown.getString("key"));
            for (JsonObject category : breakdown.getJsonArray("rows").getValuesAs(JsonObject.class)) {
                JsonObject same = other.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                        .filter(c -> c.getString("code").equals(category.getString("code"))).findFirst().orElseThrow();
                assertSameValue(category.getJsonObject("now"), same.getJsonObject("now"), category.getString("code"));
                assertSameValue(category.getJsonObject("previous"), same.getJsonObject("previous"),
                        category.getString("code"));
            }
        }
    }

    /** Numerator over denominator to 4 decimals: hours are pooled from sixth-decimal parts either way. */
    private static void assertSameValue(JsonObject expected, JsonObject actual, String what) {
        BigDecimal denominator = new BigDecimal(expected.get("denominator").toString());
        assertEquals(denominator.signum() == 0, new BigDecimal(actual.get("denominator").toString()).signum() == 0, what);
        if (denominator.signum() != 0) {
            assertEquals(shown(expected, 1, 4), shown(actual, 1, 4), what + ": " + expected + " / " + actual);
        }
    }

    private static void clearSummary() throws SQLException {
        try (Connection c = Fixtures.connect(); PreparedStatement rows = c.prepareStatement("DELETE FROM indicator_summary");
             PreparedStatement quarters = c.prepareStatement("DELETE FROM indicator_summary_quarter")) {
            rows.executeUpdate();
            quarters.executeUpdate();
        }
    }

    private static JsonObject row(JsonObject view, String key) {
        return view.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("key").equals(key)).findFirst().orElseThrow(() -> new AssertionError(key));
    }

    private static JsonObject figure(JsonObject view, String key, String which) {
        return row(view, key).getJsonObject(which);
    }

    private static long value(JsonObject view, String key, String which) {
        return number(figure(view, key, which).get("numerator"));
    }

    private static BigDecimal shown(JsonObject figure, int scale, int decimals) {
        return new BigDecimal(figure.get("numerator").toString()).multiply(BigDecimal.valueOf(scale))
                .divide(new BigDecimal(figure.get("denominator").toString()), decimals, RoundingMode.HALF_UP);
    }

    private static long number(JsonValue value) {
        return new BigDecimal(value.toString()).longValueExact();
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = Fixtures.connect(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rows = s.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** An order as the loop leaves it; resolved {@code resolvedAfter} minutes after submission when given. */
    private static void order(String communityCode, String compoundCode, String category, boolean complaint,
                              LocalDateTime submitted, Integer resolvedAfter, Integer rating, String status)
            throws SQLException {
        try (Connection c = Fixtures.connect(); PreparedStatement s = c.prepareStatement("INSERT INTO work_order ("
                + "category_code, complaint, subdistrict_id, community_id, compound_id, description, channel, status, "
                + "accept_minutes, resolve_minutes, submitted_at, accept_due_at, resolve_due_at, resolved_at, "
                + "confirmed_at, rating, escalation) VALUES (?, ?, ?, ?, ?, ?, 'PHONE', ?, 120, 240, ?, ?, ?, ?, ?, ?, "
                + "'NONE')")) {
            s.setString(1, category);
            s.setBoolean(2, complaint);
            s.setLong(3, Fixtures.unitId(GUANGLING));
            s.setLong(4, Fixtures.unitId(communityCode));
            if (compoundCode == null) {
                s.setNull(5, Types.BIGINT);
            } else {
                s.setLong(5, Fixtures.unitId(compoundCode));
            }
            s.setString(6, "IT-DASH " + category);
            s.setString(7, status);
            s.setTimestamp(8, Timestamp.valueOf(submitted));
            s.setTimestamp(9, Timestamp.valueOf(submitted.plusMinutes(120)));
            s.setTimestamp(10, Timestamp.valueOf(submitted.plusMinutes(240)));
            LocalDateTime resolved = resolvedAfter == null ? null : submitted.plusMinutes(resolvedAfter);
            s.setTimestamp(11, resolved == null ? null : Timestamp.valueOf(resolved));
            s.setTimestamp(12, rating == null ? null : Timestamp.valueOf(resolved.plusHours(1)));
            if (rating == null) {
                s.setNull(13, Types.INTEGER);
            } else {
                s.setInt(13, rating);
            }
            s.executeUpdate();
        }
    }
}
