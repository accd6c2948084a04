package org.communitypartners.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
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
     * The property and mass-organisation figures of the demo's last complete quarter against SQL
     * over the same tables (MariaDB dialect: the rule for each figure written out once more).
     */
    @Test
    void theDemoSubdistrictsServiceAndActivityFiguresMatchADirectSqlComputation() throws SQLException {
        StaffClient admin = StaffClient.signedIn(base, "it.dash.admin", Fixtures.PASSWORD);
        JsonObject view = Json.createReader(new StringReader(admin.get("api/v1/dashboard").body())).readObject();
        JsonObject quarter = view.getJsonObject("quarter");
        LocalDate first = LocalDate.of(quarter.getInt("year"), (quarter.getInt("number") - 1) * 3 + 1, 1);
        LocalDate end = first.plusMonths(3);
        LocalDateTime start = first.atStartOfDay().minusHours(8);
        long guangling = Fixtures.unitId(GUANGLING);
        String compounds = "SELECT c.id FROM org_unit c WHERE c.path LIKE '%/" + guangling + "/%' AND c.level = 'COMPOUND'";
        String bills = " FROM property_fee_bill WHERE compound_id IN (" + compounds + ") AND period BETWEEN '"
                + YearMonth.from(first) + "' AND '" + YearMonth.from(end.minusDays(1)) + "'";

        JsonObject byAmount = figure(view, "fees.collectionByAmount", "now");
        assertEquals(0, decimal("SELECT SUM(amount_paid)" + bills).compareTo(new BigDecimal(byAmount.get("numerator").toString())));
        assertEquals(0, decimal("SELECT SUM(amount_due)" + bills).compareTo(new BigDecimal(byAmount.get("denominator").toString())));
        long households = count("SELECT COUNT(DISTINCT unit_id)" + bills);
        assertEquals(households, number(figure(view, "fees.collectionByHousehold", "now").get("denominator")));
        assertEquals(households - count("SELECT COUNT(DISTINCT unit_id)" + bills + " AND NOT paid_in_full"),
                number(figure(view, "fees.collectionByHousehold", "now").get("numerator")));
        assertTrue(shown(byAmount, 100, 1).compareTo(shown(figure(view, "fees.collectionByAmount", "lastYear"), 100, 1)) > 0,
                "the demo's collection rate rises");

        // Published within 30 days after the quarter (before 00:00 China time on the 31st day), of the compounds under contract.
        LocalDateTime deadline = end.plusDays(30).atStartOfDay().minusHours(8);
        String contracted = "SELECT compound_id FROM property_service_contract WHERE compound_id IN (" + compounds
                + ") AND starts_on <= '" + end.minusDays(1) + "' AND ends_on >= '" + end.minusDays(1) + "'";
        JsonObject onTime = figure(view, "ledger.publishedOnTime", "now");
        assertEquals(count("SELECT COUNT(DISTINCT compound_id) FROM (" + contracted + ") k"), number(onTime.get("denominator")));
        assertEquals(count("SELECT COUNT(*) FROM property_ledger_statement WHERE status = 'PUBLISHED' AND quarter = '"
                + quarter.getInt("year") + "Q" + quarter.getInt("number") + "' AND published_at < '" + deadline
                + "' AND compound_id IN (" + contracted + ")"), number(onTime.get("numerator")));

        // Commitments: weeks (by their Thursday) and months of the quarter with enough check-ins, over those counted.
        String china = "DATE(DATE_ADD(k.checked_at, INTERVAL 8 HOUR))";
        long weeksMet = count("SELECT COUNT(*) FROM (SELECT c.id, DATE_ADD(" + china + ", INTERVAL 3 - WEEKDAY(" + china
                + ") DAY) thursday, c.times, COUNT(*) n FROM property_commitment c JOIN property_commitment_checkin k"
                + " ON k.commitment_id = c.id WHERE c.frequency = 'WEEK' AND c.compound_id IN (" + compounds + ")"
                + " GROUP BY c.id, thursday, c.times) w WHERE n >= times AND thursday >= '" + first + "' AND thursday < '"
                + end + "'");
        long monthsMet = count("SELECT COUNT(*) FROM (SELECT c.id, DATE_FORMAT(" + china + ", '%Y-%m') m, c.times,"
                + " COUNT(*) n FROM property_commitment c JOIN property_commitment_checkin k ON k.commitment_id = c.id"
                + " WHERE c.frequency = 'MONTH' AND c.compound_id IN (" + compounds + ") GROUP BY c.id, m, c.times) x"
                + " WHERE n >= times AND m BETWEEN '" + YearMonth.from(first) + "' AND '" + YearMonth.from(end.minusDays(1)) + "'");
        long weekly = count("SELECT COUNT(*) FROM property_commitment WHERE frequency = 'WEEK' AND compound_id IN ("
                + compounds + ") AND starts_on <= '" + first.minusDays(10) + "'");
        long monthly = count("SELECT COUNT(*) FROM property_commitment WHERE frequency = 'MONTH' AND compound_id IN ("
                + compounds + ") AND starts_on <= '" + first + "'");
        long thursdays = first.datesUntil(end).filter(d -> d.getDayOfWeek() == DayOfWeek.THURSDAY).count();
        JsonObject compliance = figure(view, "commitments.compliance", "now");
        assertEquals(weeksMet + monthsMet, number(compliance.get("numerator")));
        assertEquals(weekly * thursdays + monthly * 3, number(compliance.get("denominator")));
        assertTrue(shown(compliance, 100, 1).compareTo(new BigDecimal("80")) > 0, "compliance is high: " + compliance);

        String held = " FROM activity a WHERE a.subdistrict_id = " + guangling + " AND a.status <> 'CANCELLED'"
                + " AND a.starts_at >= '" + start + "' AND a.starts_at < '" + start.plusMonths(3) + "'"
                + " AND a.ends_at <= UTC_TIMESTAMP()";
        assertEquals(count("SELECT COUNT(*)" + held), value(view, "activities.held", "now"));
        assertTrue(value(view, "activities.held", "now") >= 12, "the demo's organisations hold several a month");
        assertEquals(count("SELECT COUNT(*) FROM activity_registration r WHERE r.status = 'ATTENDED' AND r.activity_id IN"
                + " (SELECT a.id" + held + ")"), value(view, "activities.participants", "now"));
        BigDecimal minutes = decimal("SELECT SUM(s.credited_minutes) FROM mo_volunteer_shift s JOIN activity a ON"
                + " a.id = s.activity_id WHERE s.status = 'CONFIRMED' AND a.subdistrict_id = " + guangling
                + " AND s.started_at >= '" + start + "' AND s.started_at < '" + start.plusMonths(3) + "'");
        assertEquals(0, minutes.divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP)
                .compareTo(shown(figure(view, "volunteering.confirmedHours", "now"), 1, 1)));
    }

    /**
     * The merchants' figures of the demo's last complete quarter against SQL: caring merchants at
     * the quarter's end, benefits redeemed (person-times and the value given), meals served and
     * their subsidy, all over the demo subdistrict's communities.
     */
    @Test
    void theDemoSubdistrictsMerchantFiguresMatchADirectSqlComputation() throws SQLException {
        StaffClient admin = StaffClient.signedIn(base, "it.dash.admin", Fixtures.PASSWORD);
        JsonObject view = Json.createReader(new StringReader(admin.get("api/v1/dashboard").body())).readObject();
        JsonObject quarter = view.getJsonObject("quarter");
        LocalDate first = LocalDate.of(quarter.getInt("year"), (quarter.getInt("number") - 1) * 3 + 1, 1);
        LocalDate end = first.plusMonths(3);
        LocalDateTime start = first.atStartOfDay().minusHours(8);
        LocalDateTime over = end.atStartOfDay().minusHours(8);
        String communities = "SELECT c.id FROM org_unit c WHERE c.parent_id = " + Fixtures.unitId(GUANGLING);

        assertEquals(count("SELECT COUNT(*) FROM merchant_profile m WHERE m.community_id IN (" + communities + ")"
                + " AND m.caring_marked_at < '" + over + "' AND (m.caring OR m.caring_withdrawn_at >= '" + over + "')"
                + " AND NOT EXISTS (SELECT 1 FROM merchant_listing_change c WHERE c.profile_id = m.id AND NOT c.listed"
                + " AND c.changed_at < '" + over + "' AND NOT EXISTS (SELECT 1 FROM merchant_listing_change l"
                + " WHERE l.profile_id = m.id AND l.listed AND l.changed_at < '" + over + "'"
                + " AND (l.changed_at > c.changed_at OR (l.changed_at = c.changed_at AND l.id > c.id))))"),
                value(view, "merchants.caring", "now"));
        assertTrue(value(view, "merchants.caring", "now") >= 9, "the brief's caring merchants");

        String redeemed = " FROM benefit_redemption r WHERE r.community_id IN (" + communities + ")"
                + " AND r.redeemed_at >= '" + start + "' AND r.redeemed_at < '" + over + "'";
        assertEquals(count("SELECT COUNT(*)" + redeemed), value(view, "benefits.personTimes", "now"));
        assertTrue(value(view, "benefits.personTimes", "now") > 0, "the demo's residents use their benefits");
        assertEquals(0, decimal("SELECT SUM(r.normal_price - r.charged_price)" + redeemed)
                .compareTo(new BigDecimal(figure(view, "benefits.value", "now").get("numerator").toString())));

        String served = " FROM meal_order o WHERE o.community_id IN (" + communities + ") AND o.status = 'SERVED'"
                + " AND o.meal_day >= '" + first + "' AND o.meal_day < '" + end + "'";
        assertEquals(count("SELECT COUNT(*)" + served), value(view, "meals.served", "now"));
        assertTrue(value(view, "meals.served", "now") > 1000, "a few dozen meals a day");
        assertEquals(0, decimal("SELECT SUM(o.standard_price - o.paid_price)" + served)
                .compareTo(new BigDecimal(figure(view, "meals.subsidy", "now").get("numerator").toString())));
    }

    /** How a figure is recounted from the rows behind it. */
    private enum Recount {
        /** One row per thing counted. */
        ROWS,
        /** One row per thing counted, over the figure's categories. */
        CATEGORIES,
        /** The sum of the last column. */
        SUM,
        /** A ratio: the sum of the last column over the sum of the one before it. */
        SUMS,
        /** A ratio: the rows saying 是 in the last column over all rows. */
        YES
    }

    private static final Map<String, Recount> RECOUNTS = Map.ofEntries(Map.entry("needs.unmatched", Recount.ROWS),
            Map.entry("partners.activeByKind", Recount.CATEGORIES), Map.entry("partners.byStatus", Recount.CATEGORIES),
            Map.entry("register.households", Recount.ROWS), Map.entry("fees.collectionByAmount", Recount.SUMS),
            Map.entry("fees.collectionByHousehold", Recount.YES), Map.entry("ledger.publishedOnTime", Recount.YES),
            Map.entry("commitments.compliance", Recount.SUMS), Map.entry("activities.held", Recount.ROWS),
            Map.entry("activities.participants", Recount.SUM), Map.entry("volunteering.confirmedHours", Recount.SUM),
            Map.entry("merchants.caring", Recount.ROWS), Map.entry("benefits.personTimes", Recount.ROWS),
            Map.entry("benefits.value", Recount.SUM), Map.entry("meals.served", Recount.ROWS),
            Map.entry("meals.subsidy", Recount.SUM));

    /**
     * Every figure without a page of its own links to the rows it was counted from, and the
     * figure is recounted from them: for the demo subdistrict's last complete quarter, every row
     * read page by page through the API.
     */
    @Test
    void everyFigureIsRecountedFromTheRowsItLinksTo() throws SQLException {
        StaffClient admin = StaffClient.signedIn(base, "it.dash.admin", Fixtures.PASSWORD);
        JsonObject view = Json.createReader(new StringReader(admin.get("api/v1/dashboard").body())).readObject();
        Map<String, JsonObject> linked = new TreeMap<>();
        for (String list : List.of("rows", "breakdowns")) {
            for (JsonObject figure : view.getJsonArray(list).getValuesAs(JsonObject.class)) {
                String link = figure.isNull("rowsLink") ? null : figure.getString("rowsLink");
                assertTrue(link != null, figure.getString("key") + " links to no rows");
                if (link.startsWith("/dashboard/rows.xhtml?figure=" + figure.getString("key") + "&unit=")) {
                    linked.put(figure.getString("key"), figure);
                }
            }
        }
        assertEquals(RECOUNTS.keySet(), linked.keySet(), "every figure listed by its source has a recount here");

        for (Map.Entry<String, JsonObject> entry : linked.entrySet()) {
            String key = entry.getKey();
            JsonObject figure = entry.getValue();
            List<JsonArray> cells = new ArrayList<>();
            long total = -1;
            do {
                HttpResponse<String> page = admin.get("api/v1/dashboard/rows?figure=" + key + "&first=" + cells.size()
                        + "&max=200");
                assertEquals(200, page.statusCode(), key + ": " + page.body());
                JsonObject rows = Json.createReader(new StringReader(page.body())).readObject();
                total = rows.getJsonNumber("total").longValue();
                rows.getJsonArray("rows").getValuesAs(JsonObject.class).forEach(r -> cells.add(r.getJsonArray("cells")));
                assertTrue(rows.getJsonArray("rows").size() > 0 || cells.size() == total, key + " pages on");
            } while (cells.size() < total);
            assertEquals(total, cells.size(), key);

            switch (RECOUNTS.get(key)) {
                case ROWS -> assertEquals(value(view, key, "now"), total, key);
                case CATEGORIES -> assertEquals(figure.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                        .mapToLong(c -> number(c.getJsonObject("now").get("numerator"))).sum(), total, key);
                case SUM -> {
                    BigDecimal numerator = new BigDecimal(figure(view, key, "now").get("numerator").toString());
                    BigDecimal rounding = new BigDecimal("0.05").multiply(BigDecimal.valueOf(total));
                    assertTrue(sum(cells, 1).subtract(numerator).abs().compareTo(rounding) <= 0,
                            key + ": " + sum(cells, 1) + " shown rounded, counted " + numerator);
                }
                case SUMS -> {
                    assertEquals(0, sum(cells, 1).compareTo(new BigDecimal(figure(view, key, "now").get("numerator").toString())), key);
                    assertEquals(0, sum(cells, 2).compareTo(new BigDecimal(figure(view, key, "now").get("denominator").toString())), key);
                }
                case YES -> {
                    assertEquals(number(figure(view, key, "now").get("denominator")), total, key);
                    assertEquals(value(view, key, "now"), cells.stream()
                            .filter(c -> c.getString(c.size() - 1).equals("是")).count(), key);
                }
            }
        }
    }

    @Test
    void theRowsBehindAFigureKeepToTheCallersPlaceAndLeaveAsAnAuditedWorkbook() throws SQLException {
        StaffClient qianqiu = StaffClient.signedIn(base, "it.dash.qianqiu", Fixtures.PASSWORD);
        StaffClient admin = StaffClient.signedIn(base, "it.dash.admin", Fixtures.PASSWORD);
        long guangling = Fixtures.unitId(GUANGLING);

        assertEquals(404, qianqiu.get("api/v1/dashboard/rows?figure=fees.collectionByAmount&unit=" + guangling).statusCode());
        assertEquals(404, qianqiu.get("api/v1/dashboard/rows.xlsx?figure=meals.served&unit=" + guangling).statusCode());
        assertEquals(404, admin.get("api/v1/dashboard/rows?figure=no.such").statusCode());
        assertEquals(404, admin.get("api/v1/dashboard/rows?figure=orders.received").statusCode(),
                "the work orders' rows are the board's");
        assertEquals(400, admin.get("api/v1/dashboard/rows?figure=meals.served&quarter=2026Q9").statusCode());

        HttpResponse<String> workbook = admin.get("api/v1/dashboard/rows.xlsx?figure=meals.served");
        assertEquals(200, workbook.statusCode());
        assertTrue(workbook.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"));
        assertTrue(workbook.body().startsWith("PK"), "an xlsx (zip) file");
        assertTrue(Fixtures.audit("it.dash.admin", "dashboard.rows.export").get(0).startsWith("SUCCESS|OrgUnit|" + guangling),
                "the export is audited");
    }

    @Test
    void theDemoQuartersServiceAndActivityFiguresShowOnTheDeskAndOnAPhone() throws Exception {
        try (Browser browser = new Browser(1280, 900)) {
            browser.signIn(base, "it.dash.admin");
            browser.open(base.resolve("dashboard/index.xhtml").toString());
            browser.until(d -> browser.pageText().contains("物业费收缴率"));
            String page = browser.pageText();
            for (String label : List.of("一本账按时公示率", "服务承诺履约率", "举办活动", "活动参与人次", "志愿服务时长")) {
                assertTrue(page.contains(label), label + " in " + page);
            }
            browser.scrollTo(By.partialLinkText("物业费收缴率（按金额"));
            browser.screenshot("dashboard-05-demo-quarter");
            browser.click(By.partialLinkText("物业费收缴率（按金额"));
            browser.until(d -> browser.find(By.id("figure")).getText().contains("物业费收缴率"));
            browser.until(d -> browser.pageText().contains("金园华庭"));
            assertTrue(browser.pageText().matches("(?s).*共 [0-9,]+ 行.*"), browser.pageText());
            browser.screenshot("dashboard-07-rows-of-fees");
            browser.resize(390, 844);
            browser.open(base.resolve("dashboard/index.xhtml").toString());
            browser.until(d -> browser.pageText().contains("志愿服务时长"));
            browser.scrollTo(By.partialLinkText("举办活动"));
            browser.screenshot("dashboard-06-demo-quarter-phone");
            browser.click(By.partialLinkText("举办活动"));
            browser.until(d -> browser.find(By.id("figure")).getText().contains("举办活动"));
            browser.screenshot("dashboard-08-rows-of-activities-phone");
        }
    }

    /** Logos of public partners on the front door and the roll of honour, cached; anyone else's answers 404. */
    @Test
    void residentsSeeThePublicPartnersLogosAndNoOthers() throws Exception {
        long tianfu = Fixtures.unitId(TIANFU);
        long barber = count("SELECT id FROM partner WHERE name = '王大能工作室'");
        long applicant = applicant(tianfu);
        logo(barber);
        logo(applicant);
        HttpClient anonymous = HttpClient.newHttpClient();

        HttpResponse<byte[]> image = anonymous.send(HttpRequest.newBuilder(base.resolve("logos/partner/" + barber)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, image.statusCode());
        assertTrue(image.headers().firstValue("Content-Type").orElse("").startsWith("image/png"),
                image.headers().toString());
        assertEquals("public, max-age=86400", image.headers().firstValue("Cache-Control").orElse(""));
        assertFalse(image.headers().firstValue("Set-Cookie").isPresent(), "no session for an image");
        String tag = image.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, anonymous.send(HttpRequest.newBuilder(base.resolve("logos/partner/" + barber))
                .header("If-None-Match", tag).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        assertEquals(404, anonymous.send(HttpRequest.newBuilder(base.resolve("logos/partner/" + applicant)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode(), "an applicant is not public yet");
        assertEquals(404, anonymous.send(HttpRequest.newBuilder(base.resolve("logos/partner/x1")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());

        StaffClient resident = new StaffClient(base);
        String door = resident.get("portal/index.xhtml?code=" + TIANFU).body();
        assertTrue(door.contains("/logos/partner/" + barber + "?v="), door);
        assertFalse(door.contains("/logos/partner/" + applicant), door);
        String roll = resident.get("honour/index.xhtml?c=" + tianfu).body();
        assertTrue(roll.contains("/logos/partner/" + barber + "?v="), roll);
        assertFalse(roll.contains("/logos/partner/" + applicant), roll);
        try (Browser browser = new Browser(390, 844)) {
            browser.open(base.resolve("honour/index.xhtml?c=" + tianfu).toString());
            browser.until(d -> browser.pageText().contains("王大能工作室"));
            browser.screenshot("honour-01-logos-phone");
            browser.open(base.resolve("portal/index.xhtml?code=" + TIANFU).toString());
            browser.until(d -> browser.pageText().contains("天福社区"));
            browser.screenshot("portal-01-logos-phone");
        }
    }

    /** A partner that applied in the community and is not yet approved (created once). */
    private static long applicant(long community) throws SQLException {
        long existing = count("SELECT COALESCE(MAX(id), 0) FROM partner WHERE name = 'IT-DASH 申请中商户'");
        if (existing > 0) {
            return existing;
        }
        try (Connection c = Fixtures.connect(); PreparedStatement s = c.prepareStatement("INSERT INTO partner (kind,"
                + " name, contact_name, contact_phone, home_unit_id, status, applied_at, version)"
                + " VALUES ('MERCHANT', 'IT-DASH 申请中商户', '申请人', '13900000000', ?, 'APPLIED', UTC_TIMESTAMP(), 0)")) {
            s.setLong(1, community);
            s.executeUpdate();
        }
        try (Connection c = Fixtures.connect(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO partner_community (partner_id, community_id) SELECT id, ? FROM partner WHERE name = ?")) {
            s.setLong(1, community);
            s.setString(2, "IT-DASH 申请中商户");
            s.executeUpdate();
        }
        return count("SELECT MAX(id) FROM partner WHERE name = 'IT-DASH 申请中商户'");
    }

    /** A small real PNG as the partner's logo, replacing any. */
    private static void logo(long partnerId) throws Exception {
        BufferedImage image = new BufferedImage(48, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xC0392B));
        g.fillOval(4, 4, 40, 40);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        try (Connection c = Fixtures.connect(); PreparedStatement s = c.prepareStatement("REPLACE INTO partner_logo"
                + " (partner_id, content_type, content, updated_by, updated_at, version)"
                + " VALUES (?, 'image/png', ?, 'it', UTC_TIMESTAMP(), 1)")) {
            s.setLong(1, partnerId);
            s.setBytes(2, png.toByteArray());
            s.executeUpdate();
        }
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

            // The city reads its quarter under way from the summary too; the subdistrict counts it live.
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            String underWay = today.getYear() + "Q" + ((today.getMonthValue() - 1) / 3 + 1);
            JsonObject city = Json.createReader(new StringReader(sysadmin.get("api/v1/dashboard?quarter=" + underWay)
                    .body())).readObject();
            JsonObject counted = Json.createReader(new StringReader(admin.get(guangling + "&quarter=" + underWay)
                    .body())).readObject();
            assertTrue(city.getBoolean("underWaySummarized"), "the city's quarter under way from the summary");
            assertEquals(1, count("SELECT COUNT(*) FROM job_lease WHERE job_name = 'indicator-summary-under-way'"),
                    "its hourly refresh can take its lease");
            assertFalse(counted.getBoolean("underWaySummarized"), "a subdistrict's counted now");
            for (JsonObject row : counted.getJsonArray("rows").getValuesAs(JsonObject.class)) {
                String key = row.getString("key");
                assertSameValue(row.getJsonObject("now"), row(city, key).getJsonObject("byPart")
                        .getJsonObject(String.valueOf(Fixtures.unitId(GUANGLING))), key + " under way");
            }
            assertTrue(sysadmin.get("dashboard/index.xhtml?quarter=" + underWay).body().contains("进行中的季度每天多次更新"),
                    "the city's page says its quarter under way is from the summary");
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

    /** The sum of a numeric column counted from the end (1: the last). */
    private static BigDecimal sum(List<JsonArray> cells, int fromEnd) {
        return cells.stream().map(c -> new BigDecimal(c.getString(c.size() - fromEnd).replace(",", "")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static long number(JsonValue value) {
        return new BigDecimal(value.toString()).longValueExact();
    }

    private static BigDecimal decimal(String sql) throws SQLException {
        try (Connection c = Fixtures.connect(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rows = s.executeQuery()) {
            rows.next();
            return rows.getBigDecimal(1);
        }
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
