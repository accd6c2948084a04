package org.communitypartners.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The merchants module on Payara Micro against MariaDB: merchant profiles and the caring mark over
 * REST, the 15-minute circle around a compound (staff REST, public JSON, the public phone page),
 * coverage gaps and tenancy.
 */
@ExtendWith(ArquillianExtension.class)
class MerchantsSystemIT {
    private static final String GUANGLING = "341181001000";
    private static final String TIANFU = "341181001002";
    private static final String YIMIN = "341181001002001";
    /** 益民小区's position in these tests; merchants are placed at known distances from it. */
    private static final double YIMIN_LAT = 32.689;
    private static final double YIMIN_LON = 118.994;
    private static final double METRES_PER_DEGREE = 2 * Math.PI * 6_371_008.8 / 360;

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
        Fixtures.account("it.me.tianfu", "COMMUNITY_STAFF", TIANFU);
        Fixtures.account("it.me.qianqiu", "COMMUNITY_STAFF", Fixtures.QIANQIU_COMMUNITY);
        Fixtures.account("it.me.admin", "SUBDISTRICT_ADMIN", GUANGLING);
        Fixtures.coordinates(YIMIN, String.valueOf(YIMIN_LAT), String.valueOf(YIMIN_LON));
    }

    // --- Merchant library and the 15-minute circle ---

    @Test
    void staffKeepAProfileAndGiveAndWithdrawTheCaringMark() throws Exception {
        StaffClient staff = StaffClient.signedIn(base, "it.me.tianfu", Fixtures.PASSWORD);
        String profile = barber(staff);
        String id = field(profile, "id");
        assertEquals("理发", field(profile, "categoryName"));
        assertTrue(profile.contains("\"openingHoursText\":\"周一至周六 09:00–12:00、13:30–19:00；周日 休息\""), profile);

        HttpResponse<String> service = staff.postJson("api/v1/merchants/profiles/" + id + "/services",
                "{\"name\":\"理发\",\"price\":10,\"description\":\"低保户、残疾户免费\"}");
        assertEquals(200, service.statusCode(), service.body());
        HttpResponse<String> badPrice = staff.postJson("api/v1/merchants/profiles/" + id + "/services",
                "{\"name\":\"烫发\",\"price\":-5}");
        assertEquals(400, badPrice.statusCode());
        assertTrue(badPrice.body().contains("service.priceRange"), badPrice.body());

        String current = staff.get("api/v1/merchants/profiles/" + id).body();
        if (current.contains("\"caring\":true")) {
            current = staff.postJson("api/v1/merchants/profiles/" + id + "/caring/withdraw?version="
                    + version(current), "{\"reason\":\"重新认定\"}").body();
        }
        HttpResponse<String> marked = staff.postJson("api/v1/merchants/profiles/" + id + "/caring?version="
                + version(current), "{}");
        assertEquals(200, marked.statusCode(), marked.body());
        assertTrue(marked.body().contains("\"caring\":true"), marked.body());
        assertEquals("it.me.tianfu", field(marked.body(), "caringMarkedBy"));
        assertTrue(Fixtures.audit("it.me.tianfu", "merchant.caring.mark").contains("SUCCESS|MerchantProfile|" + id));

        HttpResponse<String> noReason = staff.postJson("api/v1/merchants/profiles/" + id + "/caring/withdraw?version="
                + version(marked.body()), "{\"reason\":\" \"}");
        assertEquals(400, noReason.statusCode());
        assertTrue(noReason.body().contains("撤销爱心商企认定时请写明原因"), noReason.body());
        HttpResponse<String> stale = staff.postJson("api/v1/merchants/profiles/" + id + "/caring/withdraw?version="
                + (Long.parseLong(version(marked.body())) - 1), "{\"reason\":\"过期版本\"}");
        assertEquals(409, stale.statusCode());
        HttpResponse<String> withdrawn = staff.postJson("api/v1/merchants/profiles/" + id + "/caring/withdraw?version="
                + version(marked.body()), "{\"reason\":\"暂停公益理发\"}");
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertTrue(withdrawn.body().contains("\"caring\":false"));
        assertEquals("暂停公益理发", field(withdrawn.body(), "caringWithdrawalReason"));
        HttpResponse<String> again = staff.postJson("api/v1/merchants/profiles/" + id + "/caring?version="
                + version(withdrawn.body()), "{}");
        assertEquals(200, again.statusCode(), again.body());

        String outOfRange = "{\"partnerId\":" + field(profile, "partnerId") + ",\"category\":\"BARBER\",\"address\":\"x\","
                + "\"latitude\":91,\"longitude\":118.99}";
        HttpResponse<String> badPlace = staff.putJson("api/v1/merchants/profiles/" + id + "?version="
                + version(again.body()), outOfRange);
        assertEquals(400, badPlace.statusCode());
        assertTrue(badPlace.body().contains("geo.range"), badPlace.body());
        HttpResponse<String> duplicate = staff.postJson("api/v1/merchants/profiles", outOfRange.replace("91", "32.69"));
        assertEquals(400, duplicate.statusCode());
        assertTrue(duplicate.body().contains("merchant.duplicate"), duplicate.body());
    }

    @Test
    void theCircleAroundACompoundListsMerchantsNearestFirstAndFiltersByCategory() throws Exception {
        StaffClient staff = StaffClient.signedIn(base, "it.me.tianfu", Fixtures.PASSWORD);
        neighbourhood(staff);
        long yimin = Fixtures.unitId(YIMIN);

        HttpResponse<String> circle = staff.get("api/v1/merchants/circle?compound=" + yimin);
        assertEquals(200, circle.statusCode(), circle.body());
        assertEquals(List.of("益民便民超市", "王大能工作室", "益民大药房", "天福小吃"), names(circle.body()));
        assertEquals(List.of(150L, 300L, 400L, 700L), metres(circle.body()));
        assertTrue(circle.body().contains("\"radiusMetres\":1000"));

        HttpResponse<String> barbers = staff.get("api/v1/merchants/circle?compound=" + yimin + "&category=barber");
        assertEquals(List.of("王大能工作室"), names(barbers.body()));
        assertEquals(400, staff.get("api/v1/merchants/circle?compound=" + yimin + "&category=SPA").statusCode());

        StaffClient anyone = new StaffClient(base);
        HttpResponse<String> open = anyone.get("nearby/circle?compound=" + YIMIN);
        assertEquals(200, open.statusCode(), open.body());
        assertEquals(List.of("益民便民超市", "王大能工作室", "益民大药房", "天福小吃"), names(open.body()));
        assertTrue(open.body().contains("\"publicPhone\":\"0550-7012345\""), open.body());
        for (String hidden : List.of("contact", "updatedBy", "caringMarkedBy", "partnerId", "communityId", "13812")) {
            assertFalse(open.body().contains(hidden), hidden + " is not public: " + open.body());
        }
        assertEquals("no-referrer", open.headers().firstValue("Referrer-Policy").orElse(""));
        HttpResponse<String> byPoint = anyone.get("nearby/circle?s=" + GUANGLING + "&lat=" + YIMIN_LAT + "&lon="
                + YIMIN_LON + "&category=GROCERY");
        assertEquals(List.of("益民便民超市"), names(byPoint.body()));
        HttpResponse<String> badPoint = anyone.get("nearby/circle?s=" + GUANGLING + "&lat=95&lon=118");
        assertEquals(400, badPoint.statusCode());
        assertTrue(badPoint.body().contains("超出范围"), badPoint.body());
        assertEquals(404, anyone.get("nearby/circle?compound=341181009999001").statusCode());

        StaffClient admin = StaffClient.signedIn(base, "it.me.admin", Fixtures.PASSWORD);
        long guangling = Fixtures.unitId(GUANGLING);
        String setting = admin.get("api/v1/merchants/circle-settings/" + guangling).body();
        assertEquals(404, staff.putJson("api/v1/merchants/circle-settings/" + guangling,
                "{\"radiusMetres\":2000,\"version\":0}").statusCode(), "community staff do not set the radius");
        assertEquals(400, admin.putJson("api/v1/merchants/circle-settings/" + guangling,
                "{\"radiusMetres\":50,\"version\":0}").statusCode());
        HttpResponse<String> wider = admin.putJson("api/v1/merchants/circle-settings/" + guangling,
                "{\"radiusMetres\":2000,\"version\":" + version(setting) + "}");
        assertEquals(200, wider.statusCode(), wider.body());
        try {
            assertEquals(List.of("益民便民超市", "王大能工作室", "益民大药房", "天福小吃", "远方理发店"),
                    names(anyone.get("nearby/circle?compound=" + YIMIN).body()));
        } finally {
            HttpResponse<String> back = admin.putJson("api/v1/merchants/circle-settings/" + guangling,
                    "{\"radiusMetres\":1000,\"version\":" + version(wider.body()) + "}");
            assertEquals(200, back.statusCode(), back.body());
        }
        assertTrue(Fixtures.audit("it.me.admin", "merchant.circle.radius").contains("SUCCESS|CircleSetting|" + guangling));
        assertTrue(anyone.get("/openapi").body().contains("/merchants/circle"));
    }

    @Test
    void aSuspendedMerchantLeavesThePublicCircleUntilReinstated() throws Exception {
        StaffClient staff = StaffClient.signedIn(base, "it.me.tianfu", Fixtures.PASSWORD);
        StaffClient admin = StaffClient.signedIn(base, "it.me.admin", Fixtures.PASSWORD);
        StaffClient anyone = new StaffClient(base);
        // 5 km north of 益民小区: beyond every other test's circle.
        String profile = staff.get("api/v1/merchants/profiles/" + merchant(staff, "北郊修车铺", "REPAIR", 5000, 0)).body();
        String partner = field(profile, "partnerId");
        String around = "nearby/circle?s=" + GUANGLING + "&lat=" + (YIMIN_LAT + 5000 / METRES_PER_DEGREE)
                + "&lon=" + YIMIN_LON;
        assertEquals(List.of("北郊修车铺"), names(anyone.get(around).body()));

        HttpResponse<String> suspended = step(admin, partner, "SUSPEND", "证照过期");
        assertEquals(200, suspended.statusCode(), suspended.body());
        assertEquals(List.of(), names(anyone.get(around).body()), "a suspended partner is not offered to residents");
        String staffView = staff.get("api/v1/merchants/profiles/" + field(profile, "id")).body();
        assertTrue(staffView.contains("\"listed\":false"), "staff still see the profile, marked: " + staffView);

        HttpResponse<String> reinstated = step(admin, partner, "REINSTATE", "证照已更新");
        assertEquals(200, reinstated.statusCode(), reinstated.body());
        assertEquals(List.of("北郊修车铺"), names(anyone.get(around).body()));
    }

    private static HttpResponse<String> step(StaffClient admin, String partner, String step, String reason)
            throws Exception {
        String current = admin.get("api/v1/partners/" + partner).body();
        return admin.postJson("api/v1/partners/" + partner + "/steps", "{\"step\":\"" + step + "\",\"reason\":\""
                + reason + "\",\"version\":" + field(current, "version") + "}");
    }

    @Test
    void coverageShowsTheEssentialNeedsMissingAroundEachCompound() throws Exception {
        StaffClient staff = StaffClient.signedIn(base, "it.me.tianfu", Fixtures.PASSWORD);
        neighbourhood(staff);
        HttpResponse<String> coverage = staff.get("api/v1/merchants/coverage?community=" + Fixtures.unitId(TIANFU));
        assertEquals(200, coverage.statusCode(), coverage.body());
        String yimin = coverage.body().substring(coverage.body().indexOf("\"code\":\"" + YIMIN + "\""));
        assertTrue(yimin.contains("\"located\":true"), yimin);
        assertTrue(yimin.contains("\"merchants\":4"), yimin);
        assertTrue(yimin.contains("\"gaps\":[\"CHILD_CARE\",\"ELDERLY_CARE\"]"), yimin);
        assertTrue(yimin.contains("\"gapNames\":[\"托育\",\"养老服务\"]"), yimin);
    }

    @Test
    void anotherSubdistrictsMerchantIsNotFound() throws Exception {
        StaffClient staff = StaffClient.signedIn(base, "it.me.tianfu", Fixtures.PASSWORD);
        String profile = barber(staff);
        String id = field(profile, "id");
        StaffClient elsewhere = StaffClient.signedIn(base, "it.me.qianqiu", Fixtures.PASSWORD);

        assertEquals(404, elsewhere.get("api/v1/merchants/profiles/" + id).statusCode());
        assertEquals(404, elsewhere.putJson("api/v1/merchants/profiles/" + id + "?version=" + version(profile),
                "{\"category\":\"OTHER\",\"address\":\"越权\",\"latitude\":32,\"longitude\":118}").statusCode());
        assertEquals(404, elsewhere.postJson("api/v1/merchants/profiles/" + id + "/caring?version="
                + version(profile), "{}").statusCode());
        assertEquals(404, elsewhere.postJson("api/v1/merchants/profiles/" + id + "/services",
                "{\"name\":\"越权\",\"price\":1}").statusCode());
        assertEquals(404, elsewhere.get("api/v1/merchants/circle?compound=" + Fixtures.unitId(YIMIN)).statusCode());
        assertEquals(404, elsewhere.get("api/v1/merchants/coverage?community=" + Fixtures.unitId(TIANFU)).statusCode());
        assertEquals(404, elsewhere.postJson("api/v1/merchants/profiles", "{\"partnerId\":" + field(profile, "partnerId")
                + ",\"category\":\"BARBER\",\"address\":\"x\",\"latitude\":32,\"longitude\":118}").statusCode());
        assertFalse(elsewhere.get("api/v1/merchants/profiles?q=王大能").body().contains("王大能"));
        assertTrue(Fixtures.audit("it.me.qianqiu", "access").contains("DENIED|MerchantProfile|" + id));
        assertEquals(200, staff.get("api/v1/merchants/profiles/" + id).statusCode());
    }

    @Test
    void aResidentFindsTheBarberWithinFifteenMinutesOnAPhone() throws Exception {
        StaffClient staff = StaffClient.signedIn(base, "it.me.tianfu", Fixtures.PASSWORD);
        neighbourhood(staff);
        String barber = barber(staff);
        try (Browser browser = new Browser(390, 844)) {
            browser.open(base.resolve("nearby/index.xhtml?compound=" + YIMIN).toString());
            browser.until(d -> browser.pageText().contains("王大能工作室"));
            String text = browser.pageText();
            assertTrue(text.contains("益民小区"), text);
            assertTrue(text.contains("300 米 · 步行约 5 分钟"), text);
            assertTrue(text.indexOf("益民便民超市") < text.indexOf("王大能工作室"), "nearest first");
            assertFalse(text.contains("远方理发店"), "1.5 km is beyond a 15-minute walk");
            browser.screenshot("merchants-01-nearby-phone");
            browser.click(By.linkText("理发"));
            browser.until(d -> !browser.pageText().contains("益民便民超市"));
            assertTrue(browser.pageText().contains("王大能工作室"));
            assertTrue(browser.pageText().contains("周一至周六 09:00–12:00、13:30–19:00"), browser.pageText());
            browser.screenshot("merchants-02-nearby-barbers-phone");

            browser.resize(1280, 1800);
            browser.signIn(base, "it.me.tianfu");
            browser.open(base.resolve("merchants/library.xhtml?id=" + field(barber, "id")).toString());
            browser.until(d -> browser.pageText().contains("爱心商企认定"));
            browser.screenshot("merchants-03-library");
            browser.open(base.resolve("merchants/coverage.xhtml?community=" + Fixtures.unitId(TIANFU)).toString());
            browser.until(d -> browser.pageText().contains("托育"));
            browser.screenshot("merchants-04-coverage");
        }
    }

    /** 王大能工作室 (owner 王恒君), a barber of 天福社区 300 m east of 益民小区; its profile as JSON. */
    private String barber(StaffClient staff) throws SQLException {
        String id = merchant(staff, "王大能工作室", "BARBER", 0, 300);
        return staff.get("api/v1/merchants/profiles/" + id).body();
    }

    /**
     * The shops around 益民小区: a grocery 150 m north, the barber 300 m east, a pharmacy 400 m
     * north, a snack bar 700 m south, and another barber 1.5 km north. Child care and elderly care are missing.
     */
    private void neighbourhood(StaffClient staff) throws SQLException {
        merchant(staff, "益民便民超市", "GROCERY", 150, 0);
        merchant(staff, "益民大药房", "PHARMACY", 400, 0);
        merchant(staff, "王大能工作室", "BARBER", 0, 300);
        merchant(staff, "天福小吃", "CATERING", -700, 0);
        merchant(staff, "远方理发店", "BARBER", 1500, 0);
    }

    /**
     * An active merchant partner of 天福社区 with a profile at the given metres north and east of
     * 益民小区, created once per database; its profile id.
     */
    private String merchant(StaffClient staff, String name, String category, double north, double east)
            throws SQLException {
        String existing = profileId(name);
        if (existing != null) {
            return existing;
        }
        StaffClient admin = StaffClient.signedIn(base, "it.me.admin", Fixtures.PASSWORD);
        long tianfu = Fixtures.unitId(TIANFU);
        String applied = staff.postJson("api/v1/partners", "{\"kind\":\"MERCHANT\",\"name\":\"" + name
                + "\",\"creditCode\":\"" + creditCode(name) + "\",\"contactName\":\"王恒君\","
                + "\"contactPhone\":\"13812345678\",\"homeUnitId\":" + tianfu
                + ",\"servedCommunityIds\":[" + tianfu + "]}").body();
        String partner = field(applied, "id");
        String approved = staff.postJson("api/v1/partners/" + partner + "/steps",
                "{\"step\":\"APPROVE\",\"reason\":\"材料齐全\",\"version\":" + field(applied, "version") + "}").body();
        HttpResponse<String> active = admin.postJson("api/v1/partners/" + partner + "/steps",
                "{\"step\":\"ACTIVATE\",\"reason\":\"签约\",\"version\":" + field(approved, "version") + "}");
        assertEquals(200, active.statusCode(), active.body());
        double latitude = YIMIN_LAT + north / METRES_PER_DEGREE;
        double longitude = YIMIN_LON + east / (METRES_PER_DEGREE * Math.cos(Math.toRadians(YIMIN_LAT)));
        HttpResponse<String> created = staff.postJson("api/v1/merchants/profiles", "{\"partnerId\":" + partner
                + ",\"category\":\"" + category + "\",\"address\":\"天长市广陵街道益民路 " + (int) Math.abs(north + east)
                + " 号\",\"latitude\":" + String.format("%.6f", latitude) + ",\"longitude\":"
                + String.format("%.6f", longitude) + ",\"publicPhone\":\"0550-7012345\",\"openingHours\":{"
                + "\"MONDAY\":\"09:00-12:00,13:30-19:00\",\"TUESDAY\":\"09:00-12:00,13:30-19:00\","
                + "\"WEDNESDAY\":\"09:00-12:00,13:30-19:00\",\"THURSDAY\":\"09:00-12:00,13:30-19:00\","
                + "\"FRIDAY\":\"09:00-12:00,13:30-19:00\",\"SATURDAY\":\"09:00-12:00,13:30-19:00\",\"SUNDAY\":\"\"}}");
        assertEquals(200, created.statusCode(), created.body());
        return field(created.body(), "id");
    }

    /** A valid unified social credit code (GB 32100) of an individual business in 天长市, one per name. */
    private static String creditCode(String name) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        String first17 = "92341181" + String.format("%09d", Math.floorMod(name.hashCode(), 1_000_000_000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(first17.charAt(i)) * weights[i];
        }
        return first17 + alphabet.charAt((31 - sum % 31) % 31);
    }

    private static String profileId(String name) throws SQLException {
        try (Connection db = Fixtures.connect();
             PreparedStatement query = db.prepareStatement("SELECT id FROM merchant_profile WHERE name = ?")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    /** The merchants' names of a circle, in the order given (JSON-B writes a merchant's "metres" right before its "name"). */
    private static List<String> names(String circle) {
        return Pattern.compile("\"metres\":\\d+,\"name\":\"([^\"]+)\"").matcher(circle).results()
                .map(m -> m.group(1)).toList();
    }

    private static List<Long> metres(String circle) {
        return Pattern.compile("\"metres\":(\\d+)").matcher(circle).results().map(m -> Long.parseLong(m.group(1)))
                .toList();
    }

    /** A profile's own version: JSON-B writes fields alphabetically, so its services' versions come first and its own last. */
    private static String version(String json) {
        Matcher value = Pattern.compile("\"version\":(\\d+)}$").matcher(json);
        assertTrue(value.find(), "version at the end of " + json);
        return value.group(1);
    }

    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(json);
        assertTrue(value.find(), name + " in " + json);
        return value.group(1);
    }
}
