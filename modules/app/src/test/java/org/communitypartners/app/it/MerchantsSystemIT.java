package org.communitypartners.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The merchants module on Payara Micro against MariaDB: merchant profiles and the caring mark over
 * REST, the 15-minute circle around a compound (staff REST, public JSON, the public phone page),
 * coverage gaps and tenancy; benefit offers redeemed with residents' one-time codes without the
 * merchant learning anyone's category, the monthly quota under 100 parallel redemptions, the
 * figures, the public code page, and the demo's 王大能工作室 on the phone; child-care stations (rota
 * gaps, consent, a booking race against the capacity, a guardian booking on a phone); donations
 * (the expiry reminder job, the public thanks list); meal points (tenancy and roles, the daily
 * capacity under parallel orders, the settlement workbook against SQL, the counter on a phone).
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
    private static final Pattern SHOP = Pattern.compile("\"metres\":(\\d+),\"name\":\"([^\"]+)\"");
    private static final Set<String> OUR_SHOPS = Set.of("益民便民超市", "王大能工作室", "益民大药房", "天福小吃", "远方理发店",
            "北郊修车铺");
    /** What a merchant must never learn of a resident: the categories in both languages and their codes. */
    private static final List<String> CATEGORY_WORDS = List.of("LOW_INCOME", "DISABLED", "LIVING_ALONE",
            "AGED_80_PLUS", "EXTREME_HARDSHIP", "低保", "残疾", "独居", "80岁", "特困", "Minimum living",
            "Disability", "living alone", "hardship");

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
        Fixtures.account("it.me.system", "SYSTEM_ADMIN", "341181000000");
        Fixtures.coordinates(YIMIN, String.valueOf(YIMIN_LAT), String.valueOf(YIMIN_LON));
        Fixtures.account("it.me.barber", "PARTNER_STAFF", TIANFU);
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
        assertTrue(circle.body().contains("福寿堂大药房"), "the demo's pharmacy lies within the circle too");
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
        assertTrue(yimin.contains("\"merchants\":7"), "four of the test and three of the demo: " + yimin);
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

    // --- Child-care stations (带娃驿站) ---

    @Test
    void aStationsSessionsShowTheirRotaGapAndAnotherSubdistrictGets404() throws Exception {
        StaffClient staff = StaffClient.signedIn(base, "it.me.tianfu", Fixtures.PASSWORD);
        String station = station(staff);
        String stationId = field(station, "id");
        assertEquals("2", field(station, "minVolunteers"));
        String session = session(staff, stationId, 10, "PRESCHOOL", "LOWER_PRIMARY");
        String sessionId = field(session, "id");
        assertEquals("2", field(session, "rotaGap"));
        assertEquals("3–9 岁", field(session, "ageBands"));

        HttpResponse<String> first = staff.postJson("api/v1/merchants/child-care/sessions/" + sessionId + "/rota",
                "{\"volunteerName\":\"团员 林晓雨\",\"volunteerPhone\":\"13905509001\"}");
        assertEquals(200, first.statusCode(), first.body());
        assertEquals("139****9001", field(first.body(), "maskedPhone"));
        assertEquals(400, staff.postJson("api/v1/merchants/child-care/sessions/" + sessionId + "/rota",
                "{\"volunteerName\":\"团员 林晓雨\"}").statusCode(), "one volunteer once per session");
        String oneShort = staff.get("api/v1/merchants/child-care/sessions/" + sessionId).body();
        assertTrue(oneShort.contains("\"rotaGap\":1"), oneShort);
        staff.postJson("api/v1/merchants/child-care/sessions/" + sessionId + "/rota", "{\"volunteerName\":\"团员 何志远\"}");
        assertTrue(staff.get("api/v1/merchants/child-care/sessions/" + sessionId).body().contains("\"rotaGap\":0"));

        HttpResponse<String> noConsent = staff.postJson("api/v1/merchants/child-care/sessions/" + sessionId + "/bookings",
                "{\"guardianName\":\"刘女士\",\"guardianPhone\":\"13812345678\",\"ageBand\":\"PRESCHOOL\",\"consent\":false}");
        assertEquals(400, noConsent.statusCode());
        assertTrue(noConsent.body().contains("请先阅读并勾选同意说明"), noConsent.body());
        HttpResponse<String> tooYoung = staff.postJson("api/v1/merchants/child-care/sessions/" + sessionId + "/bookings",
                "{\"guardianName\":\"刘女士\",\"guardianPhone\":\"13812345678\",\"ageBand\":\"TODDLER\",\"consent\":true}");
        assertEquals(400, tooYoung.statusCode());
        assertTrue(tooYoung.body().contains("childcare.ageBandNotServed"), tooYoung.body());
        HttpResponse<String> booked = staff.postJson("api/v1/merchants/child-care/sessions/" + sessionId + "/bookings",
                "{\"guardianName\":\"刘女士\",\"guardianPhone\":\"13812345678\",\"ageBand\":\"PRESCHOOL\",\"consent\":true}");
        assertEquals(200, booked.statusCode(), booked.body());
        String detail = staff.get("api/v1/merchants/child-care/sessions/" + sessionId).body();
        assertTrue(detail.contains("138****5678"), detail);
        assertFalse(detail.contains("13812345678"), "the phone is masked after entry: " + detail);
        assertTrue(detail.contains("\"consentVersion\":\"2026-11\""), detail);
        assertTrue(Fixtures.audit("it.me.tianfu", "childcare.booking.create").contains("SUCCESS|CareSession|" + sessionId));

        StaffClient elsewhere = StaffClient.signedIn(base, "it.me.qianqiu", Fixtures.PASSWORD);
        assertEquals(404, elsewhere.get("api/v1/merchants/child-care/stations/" + stationId).statusCode());
        assertEquals(404, elsewhere.get("api/v1/merchants/child-care/stations/" + stationId + "/sessions").statusCode());
        assertEquals(404, elsewhere.get("api/v1/merchants/child-care/sessions/" + sessionId).statusCode());
        assertEquals(404, elsewhere.postJson("api/v1/merchants/child-care/sessions/" + sessionId + "/bookings",
                "{\"guardianName\":\"越权\",\"guardianPhone\":\"13812345678\",\"ageBand\":\"PRESCHOOL\",\"consent\":true}")
                .statusCode());
        assertEquals(404, elsewhere.postJson("api/v1/merchants/child-care/sessions/" + sessionId + "/rota",
                "{\"volunteerName\":\"越权\"}").statusCode());
        assertEquals(404, elsewhere.putJson("api/v1/merchants/child-care/stations/" + stationId + "?version="
                + field(station, "version"), "{\"name\":\"越权\"}").statusCode());
        assertFalse(elsewhere.get("api/v1/merchants/child-care/stations").body().contains("带娃驿站"));
        assertTrue(Fixtures.audit("it.me.qianqiu", "access").contains("DENIED|ChildCareStation|" + stationId));
        assertTrue(staff.get("/openapi").body().contains("/merchants/child-care/sessions/{id}/bookings"));

        // The volunteer partner's staff keep the rota of its stations and see no other partner's station.
        Fixtures.account("it.cc.volunteers", "PARTNER_STAFF", TIANFU);
        Fixtures.account("it.cc.barber", "PARTNER_STAFF", TIANFU);
        StaffClient admin = StaffClient.signedIn(base, "it.me.admin", Fixtures.PASSWORD);
        assertEquals(200, admin.postJson("api/v1/partners/" + field(station, "volunteerPartnerId") + "/staff",
                "{\"username\":\"it.cc.volunteers\"}").statusCode());
        assertEquals(200, admin.postJson("api/v1/partners/" + activePartner(staff, "MERCHANT", "王大能工作室") + "/staff",
                "{\"username\":\"it.cc.barber\"}").statusCode());
        StaffClient volunteers = StaffClient.signedIn(base, "it.cc.volunteers", Fixtures.PASSWORD);
        assertTrue(volunteers.get("api/v1/merchants/child-care/stations").body().contains("天福带娃驿站"));
        HttpResponse<String> third = volunteers.postJson("api/v1/merchants/child-care/sessions/" + sessionId + "/rota",
                "{\"volunteerName\":\"团员 高佳怡\"}");
        assertEquals(200, third.statusCode(), third.body());
        assertEquals(404, volunteers.postJson("api/v1/merchants/child-care/stations", "{\"communityId\":"
                + Fixtures.unitId(TIANFU) + ",\"name\":\"越权\"}").statusCode(), "partners do not set stations up");
        StaffClient barber = StaffClient.signedIn(base, "it.cc.barber", Fixtures.PASSWORD);
        assertEquals(404, barber.get("api/v1/merchants/child-care/stations/" + stationId).statusCode());
        assertEquals(404, barber.get("api/v1/merchants/child-care/sessions/" + sessionId).statusCode());
        assertFalse(barber.get("api/v1/merchants/child-care/stations").body().contains("天福带娃驿站"));

        // Forty days on, the nightly job has blanked the guardian's name and phone; age band and consent stay.
        try (Connection db = Fixtures.connect(); PreparedStatement past = db.prepareStatement(
                "UPDATE child_care_session SET starts_at = ?, ends_at = ? WHERE id = ?")) {
            LocalDateTime fortyDaysAgo = LocalDateTime.now(ZoneOffset.UTC).minusDays(40);
            past.setObject(1, fortyDaysAgo);
            past.setObject(2, fortyDaysAgo.plusMinutes(90));
            past.setLong(3, Long.parseLong(sessionId));
            past.executeUpdate();
        }
        StaffClient system = StaffClient.signedIn(base, "it.me.system", Fixtures.PASSWORD);
        HttpResponse<String> retention = system.postJson("api/v1/merchants/child-care/retention/run", "{}");
        assertEquals(200, retention.statusCode(), retention.body());
        String kept = staff.get("api/v1/merchants/child-care/sessions/" + sessionId).body();
        assertFalse(kept.contains("刘女士"), kept);
        assertFalse(kept.contains("138****5678"), kept);
        assertTrue(kept.contains("\"anonymised\":true"), kept);
        assertTrue(kept.contains("\"ageBand\":\"PRESCHOOL\""), kept);
        assertTrue(kept.contains("\"consentVersion\":\"2026-11\""), kept);
    }

    @Test
    void parallelBookingsNeverTakeMoreSeatsThanTheSessionHas() throws Exception {
        StaffClient staff = StaffClient.signedIn(base, "it.me.tianfu", Fixtures.PASSWORD);
        String sessionId = field(session(staff, field(station(staff), "id"), 5, "PRESCHOOL", "PRESCHOOL"), "id");
        int guardians = 16;
        ExecutorService pool = Executors.newFixedThreadPool(guardians);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int n = 0; n < guardians; n++) {
                String phone = "139055" + String.format("%05d", 20_000 + n);
                answers.add(pool.submit(() -> {
                    start.await();
                    return staff.postJson("api/v1/merchants/child-care/sessions/" + sessionId + "/bookings",
                            "{\"guardianName\":\"家长\",\"guardianPhone\":\"" + phone
                                    + "\",\"ageBand\":\"PRESCHOOL\",\"consent\":true}");
                }));
            }
            start.countDown();
            int booked = 0;
            int full = 0;
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get(120, TimeUnit.SECONDS);
                if (response.statusCode() == 200) {
                    booked++;
                } else {
                    assertEquals(400, response.statusCode(), response.body());
                    assertTrue(response.body().contains("childcare.full"), response.body());
                    full++;
                }
            }
            assertEquals(5, booked);
            assertEquals(guardians - 5, full);
        } finally {
            pool.shutdownNow();
        }
        try (Connection db = Fixtures.connect(); PreparedStatement query = db.prepareStatement(
                "SELECT s.seats_taken, (SELECT COUNT(*) FROM child_care_booking b WHERE b.session_id = s.id"
                        + " AND b.status = 'BOOKED') FROM child_care_session s WHERE s.id = ?")) {
            query.setLong(1, Long.parseLong(sessionId));
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                assertEquals(5, row.getInt(1));
                assertEquals(5, row.getInt(2));
            }
        }
    }

    @Test
    void aGuardianBooksASessionOnAPhoneAndCancelsWithTheCode() throws Exception {
        StaffClient staff = StaffClient.signedIn(base, "it.me.tianfu", Fixtures.PASSWORD);
        String stationId = field(station(staff), "id");
        String topic = "绘本共读 " + System.nanoTime() % 100_000;
        String session = staff.postJson("api/v1/merchants/child-care/stations/" + stationId + "/sessions",
                "{\"startsAt\":\"" + Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS)
                        + "\",\"endsAt\":\"" + Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS)
                        .plus(Duration.ofMinutes(90)) + "\",\"topic\":\"" + topic
                        + "\",\"capacity\":8,\"youngestBand\":\"PRESCHOOL\",\"oldestBand\":\"LOWER_PRIMARY\"}").body();
        try (Browser browser = new Browser(390, 844)) {
            browser.open(base.resolve("child-care/index.xhtml?station=" + stationId).toString());
            browser.until(d -> browser.pageText().contains(topic));
            String page = browser.pageText();
            assertTrue(page.contains("天福驿站阅读角"), page);
            assertTrue(page.contains("还剩 8 个名额"), page);
            browser.click(By.xpath("//div[contains(@class,'child-care-session')][.//*[contains(text(),'" + topic
                    + "')]]//button"));
            browser.type(By.id("book:guardianName"), "陈先生");
            browser.type(By.id("book:guardianPhone"), "13955512345");
            browser.choose("book:ageBand", "6–9 岁");
            browser.click(By.id("book:bookButton"));
            browser.until(d -> browser.pageText().contains("请先阅读并勾选同意说明"));
            browser.click(By.cssSelector("#book\\:consent .ui-chkbox-box"));
            browser.screenshot("merchants-05-child-care-booking-phone");
            browser.click(By.id("book:bookButton"));
            browser.until(d -> browser.pageText().contains("预约成功"));
            String receipt = browser.pageText();
            assertTrue(receipt.contains("139****2345"), receipt);
            assertFalse(receipt.contains("13955512345"), "masked after entry: " + receipt);
            assertTrue(receipt.contains("6–9 岁"), receipt);
            browser.screenshot("merchants-06-child-care-receipt-phone");
            String code = browser.find(By.id("bookingCode")).getText();
            assertTrue(code.matches("[A-Z0-9]{5}-[A-Z0-9]{5}"), code);

            browser.open(base.resolve("child-care/index.xhtml?code=" + code).toString());
            browser.until(d -> browser.pageText().contains(topic));
            browser.click(By.id("receipt:cancelBooking"));
            browser.until(d -> browser.pageText().contains("预约已取消"));
            assertTrue(browser.pageText().contains("已取消"));

            browser.resize(1280, 1800);
            browser.signIn(base, "it.me.tianfu");
            browser.open(base.resolve("merchants/child-care.xhtml?id=" + stationId).toString());
            browser.until(d -> browser.pageText().contains("天福青年志愿者协会"));
            browser.click(By.linkText(browser.find(By.xpath("//tbody[contains(@id,'sessionList')]//a")).getText()));
            browser.until(d -> browser.pageText().contains("代家长电话预约"));
            assertTrue(browser.pageText().contains("志愿者排班"));
            browser.screenshot("merchants-08-child-care-staff");
            browser.open(base.resolve("merchants/donations.xhtml").toString());
            browser.until(d -> browser.pageText().contains("到期提醒"));
            browser.screenshot("merchants-09-donations-staff");
        }
        String detail = staff.get("api/v1/merchants/child-care/sessions/" + field(session, "id")).body();
        assertTrue(detail.contains("\"status\":\"CANCELLED\""), detail);
        assertTrue(detail.contains("\"channel\":\"PUBLIC\""), detail);
        assertTrue(detail.contains("\"seatsTaken\":0"), detail);
        assertEquals("no-referrer", new StaffClient(base).get("child-care/index.xhtml?station=" + stationId).headers()
                .firstValue("Referrer-Policy").orElse(""));
    }

    // --- Donations ---

    @Test
    void theReminderJobRaisesOneReminderPerPlacementAndThreshold() throws Exception {
        StaffClient staff = StaffClient.signedIn(base, "it.me.tianfu", Fixtures.PASSWORD);
        String donation = donation(staff, "天福消防器材行", "干粉灭火器 4kg", 20);
        String donationId = field(donation, "id");
        String item = field(donation.substring(donation.indexOf("\"items\"")), "id");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String soon = place(staff, donationId, item, "2号楼楼道口", today.plusDays(10));
        String later = place(staff, donationId, item, "3号楼楼道口", today.plusDays(40));
        HttpResponse<String> tooMany = staff.postJson("api/v1/merchants/donations/" + donationId + "/placements",
                placement(item, "车棚", 17, today.plusYears(1)));
        assertEquals(400, tooMany.statusCode(), "only 16 of 20 are left");
        assertTrue(tooMany.body().contains("donation.placementTooMany"), tooMany.body());

        StaffClient system = StaffClient.signedIn(base, "it.me.system", Fixtures.PASSWORD);
        assertEquals(404, staff.postJson("api/v1/merchants/donations/reminders/run", "{}").statusCode(),
                "only a system administrator runs the job by hand");
        HttpResponse<String> run = system.postJson("api/v1/merchants/donations/reminders/run", "{}");
        assertEquals(200, run.statusCode(), run.body());
        assertEquals(200, system.postJson("api/v1/merchants/donations/reminders/run", "{}").statusCode());
        String reminders = staff.get("api/v1/merchants/donations/placements/" + soon + "/reminders").body();
        assertEquals(1, Pattern.compile("\"threshold\":\"DUE_SOON\"").matcher(reminders).results().count(), reminders);
        assertEquals("[]", staff.get("api/v1/merchants/donations/placements/" + later + "/reminders").body());

        String due = staff.get("api/v1/merchants/donations/due").body();
        // JSON-B writes fields alphabetically: a placement's days left and donation come before its id.
        assertTrue(Pattern.compile("\"daysLeft\":10,\"donationId\":" + donationId + ",[^}]*\"id\":" + soon + ",")
                .matcher(due).find(), due);
        assertFalse(due.contains("\"id\":" + later + ","), "40 days ahead is not due yet: " + due);
        String reminder = field(reminders, "id");
        assertEquals(200, staff.postJson("api/v1/merchants/donations/reminders/" + reminder + "/acknowledge", "{}")
                .statusCode());
        assertEquals(400, staff.postJson("api/v1/merchants/donations/reminders/" + reminder + "/acknowledge", "{}")
                .statusCode());
        assertTrue(Fixtures.audit("it.me.tianfu", "donation.reminder.acknowledge").contains(
                "SUCCESS|DonationPlacement|" + soon));

        StaffClient elsewhere = StaffClient.signedIn(base, "it.me.qianqiu", Fixtures.PASSWORD);
        assertEquals(404, elsewhere.get("api/v1/merchants/donations/" + donationId).statusCode());
        assertEquals(404, elsewhere.postJson("api/v1/merchants/donations/placements/" + soon + "/inspections",
                "{\"inspectedOn\":\"" + today + "\",\"inspector\":\"越权\",\"result\":\"PASSED\"}").statusCode());
        assertFalse(elsewhere.get("api/v1/merchants/donations/due").body().contains("2号楼楼道口"));
        HttpResponse<String> inspected = staff.postJson("api/v1/merchants/donations/placements/" + soon + "/inspections",
                "{\"inspectedOn\":\"" + today + "\",\"inspector\":\"网格员 周红\",\"result\":\"PASSED\"}");
        assertEquals(200, inspected.statusCode(), inspected.body());
        assertTrue(Fixtures.audit("it.me.tianfu", "donation.inspect").contains("SUCCESS|DonationPlacement|" + soon));
    }

    @Test
    void theThanksListNamesDonorsItemsAndQuantitiesAndNothingPersonal() throws Exception {
        StaffClient staff = StaffClient.signedIn(base, "it.me.tianfu", Fixtures.PASSWORD);
        donation(staff, "天福急救用品店", "家庭急救包", 30);
        StaffClient anyone = new StaffClient(base);
        HttpResponse<String> thanks = anyone.get("thanks/index.xhtml?c=" + TIANFU);
        assertEquals(200, thanks.statusCode());
        assertTrue(thanks.body().contains("天福急救用品店"), thanks.body());
        assertTrue(thanks.body().contains("家庭急救包"), thanks.body());
        assertTrue(thanks.body().contains("30 具"), thanks.body());
        for (String hidden : List.of("消防重点部位配置备注", "13812345678", "王恒君", "it.me.tianfu")) {
            assertFalse(thanks.body().contains(hidden), hidden + " is not public");
        }
        assertEquals("no-referrer", thanks.headers().firstValue("Referrer-Policy").orElse(""));
        assertFalse(anyone.get("thanks/index.xhtml?c=" + Fixtures.QIANQIU_COMMUNITY).body().contains("天福急救用品店"));
        try (Browser browser = new Browser(390, 844)) {
            browser.open(base.resolve("thanks/index.xhtml?c=" + TIANFU).toString());
            browser.until(d -> browser.pageText().contains("天福急救用品店"));
            browser.screenshot("merchants-07-thanks-phone");
            browser.open(base.resolve("portal/index.xhtml?code=" + TIANFU).toString());
            browser.until(d -> browser.pageText().contains("爱心捐赠榜"));
        }
    }

    /** A station of 天福社区 run by three partners of the tests, created once; its JSON. */
    private String station(StaffClient staff) throws SQLException {
        String space = activePartner(staff, "MERCHANT", "天福商业广场");
        String volunteers = activePartner(staff, "MASS_ORGANIZATION", "天福青年志愿者协会");
        String courses = activePartner(staff, "MERCHANT", "天福早教中心");
        String existing = idOf("child_care_station", "天福带娃驿站");
        if (existing != null) {
            return staff.get("api/v1/merchants/child-care/stations/" + existing).body();
        }
        HttpResponse<String> created = staff.postJson("api/v1/merchants/child-care/stations", "{\"communityId\":"
                + Fixtures.unitId(TIANFU) + ",\"name\":\"天福带娃驿站\",\"site\":\"天福驿站阅读角\","
                + "\"spacePartnerId\":" + space + ",\"volunteerPartnerId\":" + volunteers + ",\"coursePartnerId\":"
                + courses + ",\"minVolunteers\":2}");
        assertEquals(200, created.statusCode(), created.body());
        return created.body();
    }

    /** A session a week from now; its JSON. */
    private String session(StaffClient staff, String stationId, int capacity, String youngest, String oldest) {
        Instant starts = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.HOURS);
        HttpResponse<String> created = staff.postJson("api/v1/merchants/child-care/stations/" + stationId + "/sessions",
                "{\"startsAt\":\"" + starts + "\",\"endsAt\":\"" + starts.plus(Duration.ofMinutes(90))
                        + "\",\"topic\":\"手工折纸\",\"capacity\":" + capacity + ",\"youngestBand\":\"" + youngest
                        + "\",\"oldestBand\":\"" + oldest + "\"}");
        assertEquals(200, created.statusCode(), created.body());
        return created.body();
    }

    /** A donation to 天福社区 by a partner of the tests; its JSON. */
    private String donation(StaffClient staff, String donor, String item, int quantity) throws SQLException {
        String partner = activePartner(staff, "MERCHANT", donor);
        HttpResponse<String> recorded = staff.postJson("api/v1/merchants/donations", "{\"communityId\":"
                + Fixtures.unitId(TIANFU) + ",\"donorPartnerId\":" + partner + ",\"donatedOn\":\""
                + LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(3) + "\",\"note\":\"消防重点部位配置备注\","
                + "\"items\":[{\"name\":\"" + item + "\",\"quantity\":" + quantity + ",\"unit\":\"具\"}]}");
        assertEquals(200, recorded.statusCode(), recorded.body());
        return recorded.body();
    }

    private String place(StaffClient staff, String donationId, String item, String location, LocalDate expiresOn)
            throws SQLException {
        HttpResponse<String> placed = staff.postJson("api/v1/merchants/donations/" + donationId + "/placements",
                placement(item, location, 2, expiresOn));
        assertEquals(200, placed.statusCode(), placed.body());
        return field(placed.body(), "id");
    }

    private static String placement(String item, String location, int quantity, LocalDate expiresOn)
            throws SQLException {
        return "{\"itemId\":" + item + ",\"siteUnitId\":" + Fixtures.unitId(YIMIN) + ",\"location\":\"" + location
                + "\",\"latitude\":32.689,\"longitude\":118.994,\"quantity\":" + quantity + ",\"placedOn\":\""
                + LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(2) + "\",\"expiresOn\":\"" + expiresOn + "\"}";
    }

    // --- Meal points (老年助餐点) ---

    @Test
    void aMealPointIsKeptByStaffRunByItsPartnerAndHiddenFromEveryoneElse() throws Exception {
        String point = mealPoint("it.meals.tenancy", 50);
        String id = field(point, "id");
        StaffClient staff = StaffClient.signedIn(base, "it.me.tianfu", Fixtures.PASSWORD);
        StaffClient counter = StaffClient.signedIn(base, "it.meals.cook", Fixtures.PASSWORD);
        StaffClient elsewhere = StaffClient.signedIn(base, "it.me.qianqiu", Fixtures.PASSWORD);
        Fixtures.account("it.meals.stranger", "PARTNER_STAFF", TIANFU);
        StaffClient stranger = StaffClient.signedIn(base, "it.meals.stranger", Fixtures.PASSWORD);

        assertTrue(point.contains("\"name\":\"孝亲套餐\""), point);
        assertTrue(point.contains("\"lowestPrice\":6"), point);
        assertEquals(200, counter.get("api/v1/merchants/meal-points/" + id).statusCode());
        assertTrue(counter.get("api/v1/merchants/meal-points").body().contains("\"id\":" + id + ","));
        for (StaffClient outsider : List.of(elsewhere, stranger)) {
            assertEquals(404, outsider.get("api/v1/merchants/meal-points/" + id).statusCode());
            assertEquals(404, outsider.get("api/v1/merchants/meal-points/" + id + "/orders").statusCode());
            assertEquals(404, outsider.postJson("api/v1/merchants/meal-points/" + id + "/orders",
                    "{\"setId\":1,\"mode\":\"DINE_IN\"}").statusCode());
            assertFalse(outsider.get("api/v1/merchants/meal-points").body().contains("\"id\":" + id + ","));
        }
        assertEquals(404, elsewhere.get("api/v1/merchants/meal-points/" + id + "/settlements/2026-01").statusCode());
        assertTrue(Fixtures.audit("it.me.qianqiu", "access").contains("DENIED|MealPoint|" + id));
        assertTrue(counter.postJson("api/v1/merchants/meal-points/" + id + "/sets",
                "{\"name\":\"自定套餐\",\"standardPrice\":30,\"tierPrices\":{\"LOW_INCOME\":1}}").statusCode() >= 400,
                "the meal point does not set its own subsidised prices");
        assertTrue(staff.postJson("api/v1/merchants/meal-points/" + id + "/orders",
                "{\"setId\":" + setId(point) + ",\"mode\":\"DINE_IN\"}").statusCode() >= 400,
                "community staff read the counter, they do not take orders");
        HttpResponse<String> above = staff.postJson("api/v1/merchants/meal-points/" + id + "/sets",
                "{\"name\":\"贵价套餐\",\"standardPrice\":10,\"tierPrices\":{\"LOW_INCOME\":12}}");
        assertEquals(400, above.statusCode());
        assertTrue(above.body().contains("补助价 12.00 元高于标准价 10.00 元"), above.body());

        HttpResponse<String> delivery = counter.postJson("api/v1/merchants/meal-points/" + id + "/orders",
                "{\"setId\":" + setId(point) + ",\"mode\":\"DELIVERY\",\"deliveryAddress\":\"益民小区3栋201\","
                        + "\"deliveryPhone\":\"13912345678\"}");
        assertEquals(200, delivery.statusCode(), delivery.body());
        assertTrue(delivery.body().contains("\"deliveryPhone\":\"139****5678\""), delivery.body());
        assertTrue(delivery.body().contains("\"paidPrice\":15"), delivery.body());
        assertFalse(delivery.body().contains("category"), "the counter never learns a category: " + delivery.body());
        HttpResponse<String> badCode = counter.postJson("api/v1/merchants/meal-points/" + id + "/orders",
                "{\"setId\":" + setId(point) + ",\"mode\":\"DINE_IN\",\"benefitCode\":\"000000\"}");
        assertEquals(400, badCode.statusCode());
        assertTrue(badCode.body().contains("meal.notEligible"), badCode.body());
        // A resident of the demo (刘建国, low income) shows a one-time code: the counter learns the price only.
        StaffClient admin = StaffClient.signedIn(base, "it.me.admin", Fixtures.PASSWORD);
        String code = issue(admin, "刘建国");
        HttpResponse<String> subsidised = counter.postJson("api/v1/merchants/meal-points/" + id + "/orders",
                "{\"setId\":" + setId(point) + ",\"mode\":\"PICK_UP\",\"benefitCode\":\"" + code + "\"}");
        assertEquals(200, subsidised.statusCode(), subsidised.body());
        assertTrue(subsidised.body().contains("\"paidPrice\":6.00"), subsidised.body());
        assertTrue(subsidised.body().contains("\"subsidised\":true"), subsidised.body());
        for (String word : CATEGORY_WORDS) {
            assertFalse(subsidised.body().contains(word), "no category at the counter: " + subsidised.body());
        }
        String order = field(subsidised.body(), "id");
        assertEquals("LOW_INCOME", single("SELECT o.category FROM meal_order o JOIN meal_code_use u"
                + " ON u.use_id = o.code_use_id AND u.meal_point_id = o.meal_point_id WHERE o.id = " + order));
        HttpResponse<String> reused = counter.postJson("api/v1/merchants/meal-points/" + id + "/orders",
                "{\"setId\":" + setId(point) + ",\"mode\":\"PICK_UP\",\"benefitCode\":\"" + code + "\"}");
        assertEquals(400, reused.statusCode(), "a code is used once: " + reused.body());

        HttpResponse<String> served = counter.postJson("api/v1/merchants/meal-points/" + id + "/orders/"
                + field(delivery.body(), "id") + "/serve?version=" + field(delivery.body(), "version"), "{}");
        assertEquals(200, served.statusCode(), served.body());
        assertEquals("it.meals.cook", field(served.body(), "servedBy"));
        assertFalse(served.body().contains("益民小区3栋201"), "a served delivery forgets its address");
        assertEquals(400, counter.postJson("api/v1/merchants/meal-points/" + id + "/orders/" + field(delivery.body(), "id")
                + "/cancel?version=" + field(served.body(), "version"), "{}").statusCode(), "served meals stay served");
        assertTrue(Fixtures.audit("it.meals.cook", "meal.serve").contains("SUCCESS|MealOrder|" + field(delivery.body(), "id")));
    }

    @Test
    void theDailyCapacityHoldsUnderParallelOrders() throws Exception {
        String point = mealPoint("it.meals.capacity", 12);
        String id = field(point, "id");
        StaffClient counter = StaffClient.signedIn(base, "it.meals.cook", Fixtures.PASSWORD);
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        String order = "{\"setId\":" + setId(point) + ",\"day\":\"" + tomorrow + "\",\"mode\":\"PICK_UP\"}";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int n = 0; n < 40; n++) {
                answers.add(pool.submit(() -> counter.postJson("api/v1/merchants/meal-points/" + id + "/orders", order)));
            }
            int taken = 0;
            int full = 0;
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                if (response.statusCode() == 200) {
                    taken++;
                } else {
                    assertEquals(400, response.statusCode(), response.body());
                    assertTrue(response.body().contains("meal.full"), response.body());
                    full++;
                }
            }
            assertEquals(12, taken);
            assertEquals(28, full);
        } finally {
            pool.shutdown();
        }
        assertEquals(12, count("SELECT COUNT(*) FROM meal_order WHERE meal_point_id = " + id + " AND meal_day = '"
                + tomorrow + "' AND status <> 'CANCELLED'"));
        String day = counter.get("api/v1/merchants/meal-points/" + id + "/days/" + tomorrow).body();
        assertTrue(day.contains("\"remaining\":0"), day);
        String first = counter.get("api/v1/merchants/meal-points/" + id + "/orders?day=" + tomorrow + "&size=1").body();
        HttpResponse<String> cancelled = counter.postJson("api/v1/merchants/meal-points/" + id + "/orders/"
                + field(first, "id") + "/cancel?version=" + field(first, "version"), "{}");
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertEquals(200, counter.postJson("api/v1/merchants/meal-points/" + id + "/orders", order).statusCode(),
                "a cancelled meal frees its place");
    }

    @Test
    void theSettlementWorkbookAddsUpToTheServedOrdersInTheDatabase() throws Exception {
        String point = mealPoint("it.meals.settlement", 200);
        long id = Long.parseLong(field(point, "id"));
        long set = Long.parseLong(setId(point));
        YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);
        try (Connection db = Fixtures.connect()) {
            db.createStatement().executeUpdate("DELETE FROM meal_code_use WHERE meal_point_id = " + id);
            db.createStatement().executeUpdate("DELETE FROM meal_order WHERE meal_point_id = " + id);
            long use = 7_000_000_000L + id * 1_000;
            for (int n = 0; n < 90; n++) {
                String category = n % 3 == 0 ? null : n % 3 == 1 ? "LOW_INCOME" : "AGED_80_PLUS";
                String paid = category == null ? "15.00" : category.equals("LOW_INCOME") ? "6.00" : "8.00";
                String status = n == 89 ? "CANCELLED" : "SERVED";
                Long codeUse = category == null || n == 4 ? null : use + n;
                servedOrder(db, id, set, month.atDay(1 + n % 28), status, paid, category, codeUse);
                if (codeUse != null) {
                    db.createStatement().executeUpdate("INSERT INTO meal_code_use (use_id, meal_point_id, meal_day,"
                            + " category, used_by, used_at) VALUES (" + codeUse + ", " + id + ", '" + month.atDay(1 + n % 28)
                            + "', '" + category + "', 'it', NOW())");
                }
            }
        }
        StaffClient staff = StaffClient.signedIn(base, "it.me.tianfu", Fixtures.PASSWORD);
        HttpResponse<byte[]> workbook = staff.getBytes("api/v1/merchants/meal-points/settlements/" + month + ".xlsx?community="
                + Fixtures.unitId(TIANFU));
        assertEquals(200, workbook.statusCode());
        String where = " FROM meal_order WHERE meal_point_id = " + id + " AND status = 'SERVED' AND meal_day >= '"
                + month.atDay(1) + "' AND meal_day < '" + month.plusMonths(1).atDay(1) + "'";
        BigDecimal subsidy = decimal("SELECT SUM(standard_price - paid_price)" + where);
        long meals = count("SELECT COUNT(*)" + where);
        long lowIncome = count("SELECT COUNT(*)" + where + " AND category = 'LOW_INCOME'");
        assertEquals(new BigDecimal("473.00"), subsidy, "30 × (15 − 6) + 29 × (15 − 8): one 80+ meal was cancelled");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
            Sheet sheet = book.getSheet("补贴结算");
            assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().contains(month.getMonthValue() + "月"));
            Row subtotal = null;
            Row lowIncomeRow = null;
            for (Row row : sheet) {
                if (row.getRowNum() > 2 && "天福社区助餐点 it.meals.settlement".equals(text(row, 0))) {
                    if ("小计".equals(text(row, 3))) {
                        subtotal = row;
                    } else if ("低保户".equals(text(row, 3))) {
                        lowIncomeRow = row;
                    }
                }
            }
            assertTrue(subtotal != null && lowIncomeRow != null, "the point's lines and subtotal are in the workbook");
            assertEquals(meals, (long) subtotal.getCell(6).getNumericCellValue());
            assertEquals(subsidy, BigDecimal.valueOf(subtotal.getCell(9).getNumericCellValue()).setScale(2));
            assertEquals(lowIncome, (long) lowIncomeRow.getCell(6).getNumericCellValue());
            assertEquals(6.0, lowIncomeRow.getCell(5).getNumericCellValue());
            assertEquals(lowIncome * 9.0, lowIncomeRow.getCell(9).getNumericCellValue());
            assertTrue(book.getSheet("核对") != null);
        }
        String settled = staff.get("api/v1/merchants/meal-points/" + id + "/settlements/" + month).body();
        assertTrue(settled.contains("\"balanced\":false"), settled);
        assertTrue(settled.contains("\"ordersWithoutUse\":[" + orderId(id, month.atDay(5)) + "]"), settled);
        assertTrue(settled.contains("\"usesWithoutOrder\":[" + (7_000_000_000L + id * 1_000 + 89) + "]"), settled);
        assertTrue(Fixtures.audit("it.me.tianfu", "meal.settlement.export").size() > 0);
        StaffClient counter = StaffClient.signedIn(base, "it.meals.cook", Fixtures.PASSWORD);
        assertTrue(counter.get("api/v1/merchants/meal-points/" + id + "/settlements/" + month).statusCode() >= 400,
                "the meal point's staff do not read the settlement");
    }

    @Test
    void theMealPointStaffTakeAndServeAnOrderOnAPhone() throws Exception {
        String point = mealPoint("it.meals.phone", 60);
        String id = field(point, "id");
        try (Browser browser = new Browser(390, 844)) {
            browser.open(base.resolve("meals/index.xhtml?c=" + TIANFU).toString());
            browser.until(d -> browser.pageText().contains("天福社区助餐点 it.meals.phone"));
            assertTrue(browser.pageText().contains("标准价 ¥15，补助价 ¥6 起"), browser.pageText());
            browser.screenshot("merchants-05-meals-public-phone");

            browser.signIn(base, "it.meals.cook");
            browser.open(base.resolve("merchants/meal-counter.xhtml?point=" + id).toString());
            browser.until(d -> browser.pageText().contains("接单"));
            browser.click(By.xpath("//div[@id='take:set']//label[normalize-space(text())='孝亲套餐'] | "
                    + "//div[@id='take:set']//span[normalize-space(text())='孝亲套餐']"));
            browser.click(By.id("take:orderButton"));
            browser.until(d -> browser.pageText().contains("已下单"));
            browser.until(d -> browser.pageText().contains("已订 1 份"));
            browser.click(By.xpath("//button[contains(@id,':serve')]"));
            browser.until(d -> browser.pageText().contains("已记录供餐"));
            browser.click(By.xpath("//div[@id='orders:status']//span[normalize-space(text())='全部']"));
            // The served order's row: its price with the fen and who served it (the header names the user too).
            browser.until(d -> d.findElement(By.id("orders:orderList")).getText().contains("¥15.00"));
            assertTrue(browser.find(By.id("orders:orderList")).getText().contains("it.meals.cook"));
            browser.screenshot("merchants-06-meal-counter-phone");
        }
        assertEquals(1, count("SELECT COUNT(*) FROM meal_order WHERE meal_point_id = " + id
                + " AND status = 'SERVED' AND served_by = 'it.meals.cook'"));
    }

    /**
     * 天福社区助餐点 <name>, run by a merchant partner of 天福社区 whose staff account it.meals.cook
     * works the counter, with the 孝亲套餐 at ¥15 (¥6 low income, ¥8 aged 80+); created once per
     * database; its JSON.
     */
    private String mealPoint(String name, int capacity) throws SQLException {
        StaffClient staff = StaffClient.signedIn(base, "it.me.tianfu", Fixtures.PASSWORD);
        String pointName = "天福社区助餐点 " + name;
        String existing = single("SELECT id FROM meal_point WHERE name = '" + pointName + "'");
        if (existing != null) {
            return staff.get("api/v1/merchants/meal-points/" + existing).body();
        }
        String partner = operator(staff);
        HttpResponse<String> created = staff.postJson("api/v1/merchants/meal-points", "{\"partnerId\":" + partner
                + ",\"communityId\":" + Fixtures.unitId(TIANFU) + ",\"name\":\"" + pointName + "\",\"address\":"
                + "\"天福社区党群服务中心一楼\",\"servingHours\":\"11:00-12:30\",\"dailyCapacity\":" + capacity + "}");
        assertEquals(200, created.statusCode(), created.body());
        String id = field(created.body(), "id");
        HttpResponse<String> set = staff.postJson("api/v1/merchants/meal-points/" + id + "/sets", "{\"name\":\"孝亲套餐\","
                + "\"description\":\"三菜一汤\",\"standardPrice\":15,\"tierPrices\":{\"LOW_INCOME\":6,\"AGED_80_PLUS\":8}}");
        assertEquals(200, set.statusCode(), set.body());
        assertTrue(Fixtures.audit("it.me.tianfu", "meal.point.create").contains("SUCCESS|MealPoint|" + id));
        return staff.get("api/v1/merchants/meal-points/" + id).body();
    }

    /** 天福长者食堂, an active merchant partner of 天福社区 with it.meals.cook bound to it; created once; its id. */
    private String operator(StaffClient staff) throws SQLException {
        String existing = single("SELECT id FROM partner WHERE name = '天福长者食堂'");
        if (existing != null) {
            return existing;
        }
        Fixtures.account("it.meals.cook", "PARTNER_STAFF", TIANFU);
        StaffClient admin = StaffClient.signedIn(base, "it.me.admin", Fixtures.PASSWORD);
        long tianfu = Fixtures.unitId(TIANFU);
        String applied = staff.postJson("api/v1/partners", "{\"kind\":\"MERCHANT\",\"name\":\"天福长者食堂\","
                + "\"creditCode\":\"" + creditCode("天福长者食堂") + "\",\"contactName\":\"冯主任\","
                + "\"contactPhone\":\"13812345679\",\"homeUnitId\":" + tianfu + ",\"servedCommunityIds\":[" + tianfu + "]}").body();
        String partner = field(applied, "id");
        String approved = staff.postJson("api/v1/partners/" + partner + "/steps",
                "{\"step\":\"APPROVE\",\"reason\":\"材料齐全\",\"version\":" + field(applied, "version") + "}").body();
        assertEquals(200, admin.postJson("api/v1/partners/" + partner + "/steps",
                "{\"step\":\"ACTIVATE\",\"reason\":\"签约\",\"version\":" + field(approved, "version") + "}").statusCode());
        HttpResponse<String> bound = admin.postJson("api/v1/partners/" + partner + "/staff", "{\"username\":\"it.meals.cook\"}");
        assertEquals(200, bound.statusCode(), bound.body());
        return partner;
    }

    private static void servedOrder(Connection db, long point, long set, LocalDate day, String status, String paid,
                                    String category, Long codeUse) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO meal_order (meal_point_id, subdistrict_id,"
                + " community_id, meal_set_id, meal_day, serving_mode, status, standard_price, paid_price, category,"
                + " code_use_id, ordered_by, ordered_at, version) SELECT id, subdistrict_id, community_id, ?, ?, 'DINE_IN',"
                + " ?, 15.00, ?, ?, ?, 'it', NOW(), 0 FROM meal_point WHERE id = ?")) {
            insert.setLong(1, set);
            insert.setObject(2, day);
            insert.setString(3, status);
            insert.setBigDecimal(4, new BigDecimal(paid));
            insert.setString(5, category);
            insert.setObject(6, codeUse);
            insert.setLong(7, point);
            insert.executeUpdate();
        }
    }

    private static String orderId(long point, LocalDate day) throws SQLException {
        return single("SELECT MIN(id) FROM meal_order WHERE meal_point_id = " + point + " AND meal_day = '" + day
                + "' AND category IS NOT NULL AND code_use_id IS NULL");
    }

    private static String setId(String point) {
        Matcher set = Pattern.compile("\"id\":(\\d+),\"lowestPrice\"").matcher(point);
        assertTrue(set.find(), "a set in " + point);
        return set.group(1);
    }

    private static String text(Row row, int column) {
        return row.getCell(column) == null ? null : row.getCell(column).getStringCellValue();
    }

    private static long count(String sql) throws SQLException {
        return Long.parseLong(single(sql));
    }

    private static BigDecimal decimal(String sql) throws SQLException {
        return new BigDecimal(single(sql));
    }

    private static String single(String sql) throws SQLException {
        try (Connection db = Fixtures.connect(); ResultSet row = db.createStatement().executeQuery(sql)) {
            return row.next() ? row.getString(1) : null;
        }
    }

    // --- Benefit offers without exposing residents ---

    @Test
    void aMerchantLearnsOnlyWhetherTheResidentIsEligibleAndThePrice() throws Exception {
        StaffClient barber = barberStaff();
        StaffClient admin = StaffClient.signedIn(base, "it.me.admin", Fixtures.PASSWORD);
        String profile = idOf("merchant_profile", "王大能工作室");
        String offer = offer(barber, profile, "洗剪吹", "30", "{\"LOW_INCOME\":0,\"DISABLED\":0,\"AGED_80_PLUS\":12.5}", 100);

        String liuCode = issue(admin, "刘建国");
        HttpResponse<String> free = barber.postJson("api/v1/merchants/benefits/offers/" + offer + "/redemptions",
                "{\"code\":\"" + liuCode + "\"}");
        assertEquals(200, free.statusCode(), free.body());
        assertEquals("{\"eligible\":true,\"outcome\":\"REDEEMED\",\"price\":0.00}", free.body());
        String xueCode = issue(admin, "薛桂英");
        HttpResponse<String> aged = barber.postJson("api/v1/merchants/benefits/offers/" + offer + "/redemptions",
                "{\"code\":\"" + xueCode + "\"}");
        assertEquals("{\"eligible\":true,\"outcome\":\"REDEEMED\",\"price\":12.50}", aged.body());
        HttpResponse<String> again = barber.postJson("api/v1/merchants/benefits/offers/" + offer + "/redemptions",
                "{\"code\":\"" + liuCode + "\"}");
        assertEquals("{\"eligible\":false,\"outcome\":\"NOT_ELIGIBLE\",\"price\":30.00}", again.body(), "used once only");
        HttpResponse<String> unknown = barber.postJson("api/v1/merchants/benefits/offers/" + offer + "/redemptions",
                "{\"code\":\"12345x\"}");
        assertEquals(again.body(), unknown.body(), "an unknown code answers like a used one");

        // A code the offer does not price stays usable for one that does.
        String lowIncomeOnly = offer(barber, profile, "刮脸", "8", "{\"LOW_INCOME\":0}", 100);
        String xueAgain = issue(admin, "薛桂英");
        assertEquals("{\"eligible\":false,\"outcome\":\"NOT_ELIGIBLE\",\"price\":8.00}", barber.postJson(
                "api/v1/merchants/benefits/offers/" + lowIncomeOnly + "/redemptions", "{\"code\":\"" + xueAgain + "\"}")
                .body());
        assertEquals("{\"eligible\":true,\"outcome\":\"REDEEMED\",\"price\":12.50}", barber.postJson(
                "api/v1/merchants/benefits/offers/" + offer + "/redemptions", "{\"code\":\"" + xueAgain + "\"}").body());

        HttpResponse<String> noConsent = admin.postJson("api/v1/merchants/benefits/residents/" + residentId("吴海燕")
                + "/codes", "{}");
        assertEquals(400, noConsent.statusCode(), noConsent.body());
        assertTrue(noConsent.body().contains("eligibility.noValidConsented"), noConsent.body());

        // Everything the merchant's REST and page answer, inspected for a category.
        List<String> answers = new ArrayList<>(List.of(free.body(), aged.body(), again.body(),
                barber.get("api/v1/merchants/benefits/profiles/" + profile + "/months").body()));
        answers.add(redeemPage(barber, offer, issue(admin, "陈秀英")));
        for (String answer : answers) {
            assertFalse(answer.contains("\"category\""), answer);
            for (String word : CATEGORY_WORDS) {
                assertFalse(answer.contains(word), word + " shown to the merchant: " + answer);
            }
            assertFalse(answer.contains("刘建国") || answer.contains("341181"), answer);
        }
        assertTrue(answers.get(4).contains("符合优惠：是") && answers.get(4).contains("应收 ¥0.00"), answers.get(4));
        assertEquals(404, barber.get("api/v1/merchants/benefits/communities/" + Fixtures.unitId(TIANFU)
                + "/categories").statusCode(), "totals per category are the community's");
        HttpResponse<String> perCategory = StaffClient.signedIn(base, "it.me.tianfu", Fixtures.PASSWORD)
                .get("api/v1/merchants/benefits/communities/" + Fixtures.unitId(TIANFU) + "/categories");
        assertEquals(200, perCategory.statusCode(), perCategory.body());
        assertTrue(perCategory.body().contains("\"category\":\"AGED_80_PLUS\""), perCategory.body());

        try (Connection db = Fixtures.connect();
             PreparedStatement query = db.prepareStatement("SELECT r.id_number_cipher, r.id_number_masked,"
                     + " g.category_cipher, g.evidence_cipher FROM eligible_resident r"
                     + " JOIN eligibility_grant g ON g.resident_id = r.id WHERE r.name = '刘建国'")) {
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                assertFalse(row.getString(1).contains("341181196208150035"), "the ID number is encrypted");
                assertEquals("341***********0035", row.getString(2));
                assertFalse(row.getString(3).contains("LOW_INCOME"), "the category is encrypted");
                assertFalse(row.getString(4).contains("低保"), "the evidence is encrypted");
            }
        }
        assertTrue(Fixtures.audit("it.me.barber", "eligibility.code.consume").stream()
                .anyMatch(a -> a.startsWith("SUCCESS|BenefitCode|")));
        assertTrue(new StaffClient(base).get("/openapi").body().contains("/merchants/benefits/offers/{id}/redemptions"));
    }

    @Test
    void aHundredParallelRedemptionsAgainstAQuotaOfTenGiveExactlyTen() throws Exception {
        StaffClient barber = barberStaff();
        StaffClient admin = StaffClient.signedIn(base, "it.me.admin", Fixtures.PASSWORD);
        String offer = offer(barber, idOf("merchant_profile", "王大能工作室"), "修面", "15", "{\"LOW_INCOME\":0,\"DISABLED\":0}", 10);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            codes.add(issue(admin, i % 2 == 0 ? "刘建国" : "陈秀英"));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(100);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (String code : codes) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return barber.postJson("api/v1/merchants/benefits/offers/" + offer + "/redemptions",
                            "{\"code\":\"" + code + "\"}").body();
                }));
            }
            start.countDown();
            int redeemed = 0;
            int full = 0;
            for (Future<String> answer : answers) {
                String body = answer.get();
                redeemed += body.contains("\"REDEEMED\"") ? 1 : 0;
                full += body.contains("\"QUOTA_REACHED\"") ? 1 : 0;
            }
            assertEquals(10, redeemed);
            assertEquals(90, full);
        } finally {
            pool.shutdownNow();
        }
        try (Connection db = Fixtures.connect();
             PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM benefit_redemption WHERE offer_id = ?")) {
            query.setLong(1, Long.parseLong(offer));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                assertEquals(10, row.getInt(1), "exactly the quota in the database");
            }
        }
        assertTrue(barber.get("api/v1/merchants/benefits/offers/" + offer).body().contains("\"usedThisMonth\":10"));
    }

    @Test
    void benefitsOfAnotherSubdistrictOrAnotherMerchantAreNotFound() throws Exception {
        StaffClient barber = barberStaff();
        String profile = idOf("merchant_profile", "王大能工作室");
        String offer = offer(barber, profile, "儿童理发", "8", "{\"DISABLED\":0}", 20);
        StaffClient elsewhere = StaffClient.signedIn(base, "it.me.qianqiu", Fixtures.PASSWORD);
        assertEquals(404, elsewhere.get("api/v1/merchants/benefits/profiles/" + profile + "/offers").statusCode());
        assertEquals(404, elsewhere.get("api/v1/merchants/benefits/offers/" + offer).statusCode());
        assertEquals(404, elsewhere.get("api/v1/merchants/benefits/communities/" + Fixtures.unitId(TIANFU)
                + "/offers").statusCode());
        assertEquals(404, elsewhere.postJson("api/v1/merchants/benefits/residents/" + residentId("刘建国") + "/codes",
                "{}").statusCode());
        Fixtures.account("it.me.grocer", "PARTNER_STAFF", TIANFU);
        StaffClient otherMerchant = StaffClient.signedIn(base, "it.me.grocer", Fixtures.PASSWORD);
        String code = issue(StaffClient.signedIn(base, "it.me.admin", Fixtures.PASSWORD), "陈秀英");
        assertEquals(404, otherMerchant.postJson("api/v1/merchants/benefits/offers/" + offer + "/redemptions",
                "{\"code\":\"" + code + "\"}").statusCode(), "an unbound account redeems nothing");
        StaffClient community = StaffClient.signedIn(base, "it.me.tianfu", Fixtures.PASSWORD);
        assertEquals(404, community.postJson("api/v1/merchants/benefits/offers/" + offer + "/redemptions",
                "{\"code\":\"" + code + "\"}").statusCode(), "only the merchant's own staff redeem");
        assertEquals(404, barber.postJson("api/v1/merchants/benefits/residents/" + residentId("刘建国") + "/codes",
                "{}").statusCode(), "merchants issue no codes");
        assertTrue(barber.postJson("api/v1/merchants/benefits/offers/" + offer + "/redemptions",
                "{\"code\":\"" + code + "\"}").body().contains("\"REDEEMED\""), "the code was not used by the refusals");
        assertTrue(Fixtures.audit("it.me.qianqiu", "access").stream().anyMatch(a -> a.startsWith("DENIED|")));
    }

    @Test
    void theCodePageAnswersAnUnknownAndANotEligiblePersonAlike() {
        StaffClient anyone = new StaffClient(base);
        String known = codePage(anyone, "341181196208150035", "13905504002");
        Matcher digits = Pattern.compile("id=\"digits\"[^>]*>(\\d{6})<").matcher(known);
        assertTrue(digits.find(), known);
        assertTrue(known.contains("data:image/png;base64,"), "the QR image");
        String unknown = codePage(anyone, "341181199001011232", "13905504002");
        String noConsent = codePage(anyone, "341181198104090073", "13905504006");
        String wrongPhone = codePage(anyone, "341181196208150035", "13905509999");
        for (String refused : List.of(unknown, noConsent, wrongPhone)) {
            assertTrue(refused.contains("无法按所填信息发码"), refused);
            assertFalse(refused.contains("id=\"digits\""), refused);
            assertFalse(refused.contains("吴海燕") || refused.contains("刘建国"), refused);
        }
        assertEquals("no-referrer", anyone.get("benefits/code.xhtml?s=" + GUANGLING).headers()
                .firstValue("Referrer-Policy").orElse(""));
    }

    @Test
    void aResidentFindsTheBarbersOfferNearbyAndTheBarberRedeemsTheCode() throws Exception {
        barberStaff();
        try (Browser browser = new Browser(390, 844)) {
            browser.open(base.resolve("nearby/index.xhtml?compound=" + YIMIN).toString());
            browser.until(d -> browser.pageText().contains("王大能工作室"));
            String nearby = browser.pageText();
            assertTrue(nearby.contains("有优惠"), nearby);
            String barberPart = nearby.substring(nearby.indexOf("王大能工作室"));
            assertTrue(barberPart.contains("理发") && barberPart.contains("¥10.00 → 免费"), barberPart);
            for (String word : List.of("刘建国", "薛桂英", "341181")) {
                assertFalse(nearby.contains(word), word);
            }
            browser.screenshot("benefits-01-nearby-offer-phone");

            browser.open(base.resolve("benefits/code.xhtml?s=" + GUANGLING).toString());
            browser.type(By.id("code:idNumber"), "341181197011230046");
            browser.type(By.id("code:mobile"), "13905504003");
            browser.click(By.id("code:request"));
            String code = browser.until(d -> {
                List<WebElement> shown = d.findElements(By.id("digits"));
                return shown.isEmpty() ? null : shown.get(0).getText().strip();
            });
            assertTrue(code.matches("\\d{6}"), code);
            browser.screenshot("benefits-02-resident-code-phone");

            browser.signIn(base, "it.me.barber");
            browser.open(base.resolve("merchants/redeem.xhtml").toString());
            browser.choose("redeem:offer", "理发 ¥10.00");
            browser.type(By.id("redeem:code"), code);
            browser.click(By.id("redeem:check"));
            browser.until(d -> browser.pageText().contains("符合优惠：是"));
            String till = browser.pageText();
            assertTrue(till.contains("应收 ¥0.00"), till);
            for (String word : CATEGORY_WORDS) {
                assertFalse(till.contains(word), word + " on the till: " + till);
            }
            browser.screenshot("benefits-03-till-phone");

            browser.resize(1280, 1400);
            browser.signIn(base, "it.me.tianfu");
            browser.open(base.resolve("merchants/eligibility.xhtml").toString());
            browser.until(d -> browser.pageText().contains("薛桂英"));
            assertFalse(browser.pageText().contains("341181194503020028"), "masked");
            browser.screenshot("benefits-04-eligibility");
            browser.open(base.resolve("merchants/benefits.xhtml").toString());
            browser.until(d -> browser.pageText().contains("按资格类别"));
            browser.screenshot("benefits-05-figures");
        }
    }

    /** The partner-staff account it.me.barber bound to the demo's 王大能工作室, signed in. */
    private StaffClient barberStaff() throws SQLException {
        String partner;
        try (Connection db = Fixtures.connect();
             PreparedStatement query = db.prepareStatement("SELECT partner_id FROM merchant_profile WHERE name = ?")) {
            query.setString(1, "王大能工作室");
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "the demo's barber");
                partner = row.getString(1);
            }
        }
        HttpResponse<String> bound = StaffClient.signedIn(base, "it.me.admin", Fixtures.PASSWORD)
                .postJson("api/v1/partners/" + partner + "/staff", "{\"username\":\"it.me.barber\"}");
        assertEquals(200, bound.statusCode(), bound.body());
        return StaffClient.signedIn(base, "it.me.barber", Fixtures.PASSWORD);
    }

    /** A new offer of the merchant, valid this year and next; its id. */
    private static String offer(StaffClient merchant, String profile, String service, String price, String tiers,
                                int quota) {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        HttpResponse<String> created = merchant.postJson("api/v1/merchants/benefits/profiles/" + profile + "/offers",
                "{\"serviceName\":\"" + service + "\",\"normalPrice\":" + price + ",\"prices\":" + tiers
                        + ",\"validFrom\":\"" + year + "-01-01\",\"validUntil\":\"" + (year + 1) + "-12-31\","
                        + "\"monthlyQuota\":" + quota + "}");
        assertEquals(200, created.statusCode(), created.body());
        return field(created.body(), "id");
    }

    /** A one-time code community staff issue for a demo resident. */
    private String issue(StaffClient staff, String name) throws SQLException {
        HttpResponse<String> issued = staff.postJson("api/v1/merchants/benefits/residents/" + residentId(name)
                + "/codes", "{}");
        assertEquals(200, issued.statusCode(), issued.body());
        return field(issued.body(), "code");
    }

    private static String residentId(String name) throws SQLException {
        try (Connection db = Fixtures.connect();
             PreparedStatement query = db.prepareStatement("SELECT id FROM eligible_resident WHERE name = ?")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "the demo's resident " + name);
                return row.getString(1);
            }
        }
    }

    /** The till page after typing a code, as the merchant's browser receives it. */
    private static String redeemPage(StaffClient merchant, String offer, String code) {
        HttpResponse<String> answer = merchant.submit("merchants/redeem.xhtml", "redeem",
                Map.of("redeem:offer_input", offer, "redeem:code", code), "redeem:check");
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }

    private static String codePage(StaffClient anyone, String idNumber, String mobile) {
        HttpResponse<String> page = anyone.submit("benefits/code.xhtml?s=" + GUANGLING, "code",
                Map.of("code:idNumber", idNumber, "code:mobile", mobile), "code:request");
        assertEquals(200, page.statusCode(), page.body());
        return page.body();
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
        String existing = idOf("merchant_profile", name);
        if (existing != null) {
            return existing;
        }
        String partner = activePartner(staff, "MERCHANT", name);
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

    /** An active partner of 天福社区 of the kind, applied for by community staff and activated by the subdistrict, once per database; its id. */
    private String activePartner(StaffClient staff, String kind, String name) throws SQLException {
        String existing = idOf("partner", name);
        if (existing != null) {
            return existing;
        }
        StaffClient admin = StaffClient.signedIn(base, "it.me.admin", Fixtures.PASSWORD);
        long tianfu = Fixtures.unitId(TIANFU);
        String applied = staff.postJson("api/v1/partners", "{\"kind\":\"" + kind + "\",\"name\":\"" + name
                + "\",\"creditCode\":\"" + creditCode(name) + "\",\"contactName\":\"王恒君\","
                + "\"contactPhone\":\"13812345678\",\"homeUnitId\":" + tianfu
                + ",\"servedCommunityIds\":[" + tianfu + "]}").body();
        String partner = field(applied, "id");
        String approved = staff.postJson("api/v1/partners/" + partner + "/steps",
                "{\"step\":\"APPROVE\",\"reason\":\"材料齐全\",\"version\":" + field(applied, "version") + "}").body();
        HttpResponse<String> active = admin.postJson("api/v1/partners/" + partner + "/steps",
                "{\"step\":\"ACTIVATE\",\"reason\":\"签约\",\"version\":" + field(approved, "version") + "}");
        assertEquals(200, active.statusCode(), active.body());
        return partner;
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

    /** The id of the row of a table of this suite's with the name, or null. */
    private static String idOf(String table, String name) throws SQLException {
        try (Connection db = Fixtures.connect();
             PreparedStatement query = db.prepareStatement("SELECT id FROM " + table + " WHERE name = ?")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    /**
     * The names of this test's shops in a circle, in the order given (JSON-B writes a merchant's
     * "metres" right before its "name"); the demo's merchants around the demo compounds are left out.
     */
    private static List<String> names(String circle) {
        return SHOP.matcher(circle).results().filter(m -> OUR_SHOPS.contains(m.group(2))).map(m -> m.group(2)).toList();
    }

    private static List<Long> metres(String circle) {
        return SHOP.matcher(circle).results().filter(m -> OUR_SHOPS.contains(m.group(2)))
                .map(m -> Long.parseLong(m.group(1))).toList();
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
