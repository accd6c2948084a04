package org.communitypartners.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The partner registry on Payara Micro against MariaDB: applications, the lifecycle, tenancy, screens. */
@ExtendWith(ArquillianExtension.class)
class PartnersSystemIT {
    private static final String TIANFU = "341181001002";
    private static final String GUANGLING = "341181001000";
    private static final String QIANQIU_COMMUNITY = "341181002001";
    private static final String QIANQIU = "341181002000";
    private static final String XINJIE = "341181003000";
    private static final String YIMIN = "341181001002001";

    @ArquillianResource
    URL deployed;

    private URI base;

    @Deployment(testable = false)
    static WebArchive product() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("cp.war")));
    }

    @BeforeEach
    void fixtures() throws SQLException, URISyntaxException {
        base = deployed.toURI();
        Fixtures.unit("341181000000", "341181002000", "千秋街道", "SUBDISTRICT");
        Fixtures.unit("341181002000", QIANQIU_COMMUNITY, "千秋社区", "COMMUNITY");
        Fixtures.account("it.tianfu", "COMMUNITY_STAFF", TIANFU);
        Fixtures.account("it.qianqiu", "COMMUNITY_STAFF", QIANQIU_COMMUNITY);
        Fixtures.account("it.guangling.admin", "SUBDISTRICT_ADMIN", GUANGLING);
    }

    @Test
    void applicationIsApprovedByTheCommunityAndActivatedByTheSubdistrict() throws SQLException {
        long tianfu = Fixtures.unitId(TIANFU);
        StaffClient staff = StaffClient.signedIn(base, "it.tianfu", Fixtures.PASSWORD);
        StaffClient admin = StaffClient.signedIn(base, "it.guangling.admin", Fixtures.PASSWORD);

        HttpResponse<String> applied = staff.postJson("api/v1/partners", application("王大能工作室", "MERCHANT",
                "91341181MA2T0001XH", tianfu));
        assertEquals(200, applied.statusCode(), applied.body());
        assertTrue(applied.body().contains("\"maskedContactPhone\":\"138****1234\""), "the phone is only shown masked");
        assertFalse(applied.body().contains("13812341234"));
        String id = field(applied.body(), "id");

        HttpResponse<String> approved = staff.postJson("api/v1/partners/" + id + "/steps",
                "{\"step\":\"APPROVE\",\"reason\":\"材料齐全\",\"version\":" + field(applied.body(), "version") + "}");
        assertEquals(200, approved.statusCode(), approved.body());
        HttpResponse<String> notTheirs = staff.postJson("api/v1/partners/" + id + "/steps",
                "{\"step\":\"ACTIVATE\",\"reason\":\"想直接开始\",\"version\":" + field(approved.body(), "version") + "}");
        assertEquals(400, notTheirs.statusCode(), "community staff do not activate partners");
        HttpResponse<String> active = admin.postJson("api/v1/partners/" + id + "/steps",
                "{\"step\":\"ACTIVATE\",\"reason\":\"签订协议\",\"version\":" + field(approved.body(), "version") + "}");

        assertEquals(200, active.statusCode(), active.body());
        assertTrue(active.body().contains("\"status\":\"ACTIVE\""));
        HttpResponse<String> history = staff.get("api/v1/partners/" + id + "/history");
        assertTrue(history.body().contains("APPROVE") && history.body().contains("签订协议"), history.body());
        assertTrue(Fixtures.audit("it.guangling.admin", "partner.activate").contains("SUCCESS|Partner|" + id));
    }

    @Test
    void agreementsEndingWithinThirtyDaysAreListedForTheirSubdistrictOnly() throws SQLException {
        StaffClient staff = StaffClient.signedIn(base, "it.tianfu", Fixtures.PASSWORD);
        StaffClient admin = StaffClient.signedIn(base, "it.guangling.admin", Fixtures.PASSWORD);
        String id = field(staff.postJson("api/v1/partners", application("消防器材公司", "MERCHANT", "91110000600037341L",
                Fixtures.unitId(TIANFU))).body(), "id");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        HttpResponse<String> byStaff = staff.postJson("api/v1/partners/" + id + "/agreements",
                agreement(today.minusMonths(11), today.plusDays(10)));
        HttpResponse<String> recorded = admin.postJson("api/v1/partners/" + id + "/agreements",
                agreement(today.minusMonths(11), today.plusDays(10)));
        HttpResponse<String> backwards = admin.postJson("api/v1/partners/" + id + "/agreements",
                agreement(today, today.minusDays(1)));

        assertEquals(404, byStaff.statusCode(), "community staff do not record agreements");
        assertEquals(200, recorded.statusCode(), recorded.body());
        assertEquals(400, backwards.statusCode());
        assertTrue(staff.get("api/v1/partners/agreements/expiring").body().contains("消防器材公司"));
        assertFalse(staff.get("api/v1/partners/agreements/expiring?days=5").body().contains("消防器材公司"));
        assertFalse(StaffClient.signedIn(base, "it.qianqiu", Fixtures.PASSWORD)
                .get("api/v1/partners/agreements/expiring").body().contains("消防器材公司"));
    }

    private static String agreement(LocalDate startsOn, LocalDate endsOn) {
        return "{\"startsOn\":\"" + startsOn + "\",\"endsOn\":\"" + endsOn
                + "\",\"partnerCommitments\":\"在重点消防点位配置灭火器\",\"communityCommitments\":\"组织消防演练\"}";
    }

    @Test
    void partnerStaffAccountsAreBoundByTheSubdistrictOnly() throws SQLException {
        Fixtures.account("it.property.manager", "PARTNER_STAFF", TIANFU);
        StaffClient staff = StaffClient.signedIn(base, "it.tianfu", Fixtures.PASSWORD);
        StaffClient admin = StaffClient.signedIn(base, "it.guangling.admin", Fixtures.PASSWORD);
        String id = field(staff.postJson("api/v1/partners", application("益民物业", "PROPERTY_COMPANY",
                "91341181MA2NXXXXXT", Fixtures.unitId(TIANFU))).body(), "id");

        assertEquals(404, staff.postJson("api/v1/partners/" + id + "/staff", "{\"username\":\"it.property.manager\"}")
                .statusCode(), "community staff do not bind accounts");
        assertEquals(400, admin.postJson("api/v1/partners/" + id + "/staff", "{\"username\":\"it.tianfu\"}")
                .statusCode(), "only partner-staff accounts are bound");
        HttpResponse<String> bound = admin.postJson("api/v1/partners/" + id + "/staff",
                "{\"username\":\"it.property.manager\"}");

        assertEquals(200, bound.statusCode(), bound.body());
        assertTrue(staff.get("api/v1/partners/" + id + "/staff").body().contains("it.property.manager"));
        assertTrue(Fixtures.audit("it.guangling.admin", "user.bindPartner").get(0).startsWith("SUCCESS|UserAccount|"));
    }

    @Test
    void anotherSubdistrictsStaffCannotSeeOrMoveThePartner() throws SQLException {
        StaffClient staff = StaffClient.signedIn(base, "it.tianfu", Fixtures.PASSWORD);
        String body = staff.postJson("api/v1/partners", application("天康集团", "MERCHANT", "91350100M000100Y43",
                Fixtures.unitId(TIANFU))).body();
        String id = field(body, "id");
        StaffClient elsewhere = StaffClient.signedIn(base, "it.qianqiu", Fixtures.PASSWORD);

        assertEquals(404, elsewhere.get("api/v1/partners/" + id).statusCode());
        assertEquals(404, elsewhere.postJson("api/v1/partners/" + id + "/steps",
                "{\"step\":\"APPROVE\",\"reason\":\"越权\",\"version\":0}").statusCode());
        assertEquals(404, elsewhere.get("partners/partner.xhtml?id=" + id).statusCode());
        assertFalse(elsewhere.get("api/v1/partners?q=天康").body().contains("天康集团"), "not in their directory either");
        assertTrue(Fixtures.audit("it.qianqiu", "access").contains("DENIED|Partner|" + id));
    }

    @Test
    void wrongCreditCodeAndPhoneAreRefusedInBothLanguages() throws SQLException {
        StaffClient staff = StaffClient.signedIn(base, "it.tianfu", Fixtures.PASSWORD);

        HttpResponse<String> typo = staff.postJson("api/v1/partners", application("某物业", "PROPERTY_COMPANY",
                "91341181MA2T0001XA", Fixtures.unitId(TIANFU)));

        assertEquals(400, typo.statusCode());
        assertTrue(typo.body().contains("校验码不对") && typo.body().contains("wrong check character"), typo.body());
    }

    @Test
    void staffFindThePartnerInTheDirectoryAndReadItsRecord() throws IOException, SQLException {
        StaffClient staff = StaffClient.signedIn(base, "it.tianfu", Fixtures.PASSWORD);
        String body = staff.postJson("api/v1/partners", application("吾悦广场", "MERCHANT", "52341181MJB1234563",
                Fixtures.unitId(TIANFU))).body();
        String code = field(body, "code");
        try (Browser browser = new Browser(1280, 900)) {
            browser.open(base.resolve("login.xhtml").toString());
            browser.type(By.id("login:username"), "it.tianfu");
            browser.type(By.id("login:password"), Fixtures.PASSWORD);
            browser.click(By.id("login:signIn"));
            browser.until(d -> d.getCurrentUrl().endsWith("/index.xhtml"));
            browser.open(base.resolve("partners/directory.xhtml").toString());
            browser.type(By.id("directory:partners:globalFilter"), "吾悦");
            browser.until(d -> browser.pageText().contains(code) && !browser.pageText().contains("王大能工作室"));
            browser.screenshot("partners-01-directory");
            browser.click(By.linkText(code));
            browser.until(d -> browser.pageText().contains("状态记录"));
            assertTrue(browser.pageText().contains("138****1234"));
            assertTrue(browser.pageText().contains("天福社区"), "served communities by name");
            browser.screenshot("partners-02-record");
            browser.click(By.id("shell:language"));
            browser.until(d -> browser.pageText().contains("Status history"));
            assertTrue(browser.pageText().contains("Merchant or enterprise"));
            browser.screenshot("partners-03-record-en");
            browser.open(base.resolve("partners/directory.xhtml").toString());
            browser.until(d -> browser.pageText().contains("Partner directory"));
            browser.screenshot("partners-04-directory-en");
        }
    }

    @Test
    void open311ClientsListServicesPostAndFollowRequestsInJsonAndXml() throws SQLException {
        String key = Fixtures.open311Key("it-app", GUANGLING);
        Fixtures.coordinates(TIANFU, "32.690000", "119.010000");
        StaffClient app = new StaffClient(base);
        String jurisdiction = "jurisdiction_id=" + GUANGLING;
        for (String format : List.of("json", "xml")) {
            Open311Conformance.discovery(format, app.get("open311/v2/discovery." + format));
            assertTrue(Open311Conformance.services(format, app.get("open311/v2/services." + format + "?" + jurisdiction))
                    .containsAll(List.of("ELEVATOR", "REPAIR", "OTHER")));
            var attributes = Open311Conformance.serviceDefinition(format,
                    app.get("open311/v2/services/REPAIR." + format + "?" + jurisdiction), "REPAIR");
            assertTrue(attributes.keySet().containsAll(List.of("community_code", "compound_code")), attributes.toString());

            var byPoint = Open311Conformance.postReceipt(format, app.postForm("open311/v2/requests." + format, Map.of(
                    "api_key", key, "jurisdiction_id", GUANGLING, "service_code", "REPAIR", "lat", "32.6901",
                    "long", "119.0102", "description", "小区门口路灯不亮 " + format, "phone", "13912345678",
                    "first_name", "大爷", "last_name", "王")));
            var byCompound = Open311Conformance.postReceipt(format, app.postForm("open311/v2/requests." + format, Map.of(
                    "api_key", key, "jurisdiction_id", GUANGLING, "service_code", "SANITATION",
                    "attribute[compound_code]", YIMIN, "address_string", "3栋2单元",
                    "description", "垃圾桶满了 " + format, "phone", "0550-7654321")));

            var one = Open311Conformance.requests(format, app.get("open311/v2/requests/" + byPoint.serviceRequestId()
                    + "." + format + "?" + jurisdiction));
            var located = one.get(byPoint.serviceRequestId());
            assertEquals("open", located.get("status").toString());
            assertTrue(located.get("address").toString().startsWith("天福社区"), "the nearest community: " + located);
            assertEquals(0, new BigDecimal(located.get("lat").toString()).compareTo(new BigDecimal("32.6901")));
            var both = Open311Conformance.requests(format, app.get("open311/v2/requests." + format + "?" + jurisdiction
                    + "&service_request_id=" + byPoint.serviceRequestId() + "," + byCompound.serviceRequestId()));
            assertEquals(2, both.size());
            assertEquals("益民小区 3栋2单元", both.get(byCompound.serviceRequestId()).get("address").toString());
            assertEquals(String.valueOf(Fixtures.unitId(YIMIN)), both.get(byCompound.serviceRequestId()).get("address_id"));
            var open = Open311Conformance.requests(format, app.get("open311/v2/requests." + format + "?" + jurisdiction
                    + "&service_code=REPAIR&status=open"));
            assertTrue(open.containsKey(byPoint.serviceRequestId()) && !open.containsKey(byCompound.serviceRequestId()));
            assertTrue(Open311Conformance.requests(format, app.get("open311/v2/requests." + format + "?" + jurisdiction
                    + "&status=closed")).isEmpty());
            String listing = app.get("open311/v2/requests." + format + "?" + jurisdiction).body();
            assertFalse(listing.contains("13912345678") || listing.contains("王大爷") || listing.contains("7654321"),
                    "reporters stay private");

            assertEquals(byPoint.serviceRequestId(), Open311Conformance.token(format,
                    app.get("open311/v2/tokens/" + byPoint.token() + "." + format + "?" + jurisdiction), byPoint.token()));
            Fixtures.residentComment(byCompound.serviceRequestId(), "晚上八点后满溢 " + format);
            var updates = Open311Conformance.updates(format, app.get("open311/v2/servicerequestupdates." + format + "?"
                    + jurisdiction + "&start_date=" + LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1)));
            assertTrue(updates.stream().anyMatch(u -> byCompound.serviceRequestId().equals(u.get("service_request_id"))
                    && u.get("description").toString().contains("晚上八点后满溢 " + format)), updates.toString());
            assertFalse(updates.toString().contains("resident"), "no account or staff names in updates");
        }
        assertTrue(Fixtures.audit("anonymous", "order.submitted").size() >= 4, "submissions are audited");
    }

    @Test
    void open311RefusesWithTheSpecsErrorBodies() throws SQLException {
        Fixtures.unit("341181000000", XINJIE, "新街街道", "SUBDISTRICT");
        Fixtures.switchOff(XINJIE, "partners");
        String key = Fixtures.open311Key("it-refusals", GUANGLING);
        StaffClient app = new StaffClient(base);
        for (String format : List.of("json", "xml")) {
            String requests = "open311/v2/requests." + format;
            Map<String, String> valid = Map.of("api_key", key, "jurisdiction_id", GUANGLING, "service_code", "REPAIR",
                    "attribute[community_code]", TIANFU, "description", "健身器材坏了", "phone", "13912345678");

            Open311Conformance.error(format, app.postForm(requests, without(valid, "api_key")), 403);
            Open311Conformance.error(format, app.postForm(requests, with(valid, "api_key", "o311_revoked-or-guessed")), 403);
            Open311Conformance.error(format, app.postForm(requests, with(valid, "jurisdiction_id", QIANQIU)), 403);
            assertTrue(Open311Conformance.error(format, app.postForm(requests, with(valid, "phone", "12345")), 400)
                    .get(0).contains("12345"));
            Open311Conformance.error(format, app.postForm(requests, without(valid, "phone")), 400);
            Open311Conformance.error(format, app.postForm(requests, without(valid, "attribute[community_code]")), 400);
            Open311Conformance.error(format, app.postForm(requests, with(valid, "service_code", "NO_SUCH")), 404);
            Open311Conformance.error(format, app.get(requests + "?jurisdiction_id=" + GUANGLING
                    + "&start_date=2026-01-01T00:00:00%2B08:00&end_date=2026-06-01T00:00:00%2B08:00"), 400);
            Open311Conformance.error(format, app.get(requests + "?jurisdiction_id=" + GUANGLING + "&status=pending"), 400);
            Open311Conformance.error(format, app.get(requests), 400);
            Open311Conformance.error(format, app.get("open311/v2/requests/999999999." + format + "?jurisdiction_id="
                    + GUANGLING), 404);
            Open311Conformance.error(format, app.get("open311/v2/tokens/AAAAA-BBBBB." + format + "?jurisdiction_id="
                    + GUANGLING), 404);
            Open311Conformance.error(format, app.get("open311/v2/services." + format + "?jurisdiction_id=341181999000"), 404);
            Open311Conformance.error(format, app.get("open311/v2/services." + format + "?jurisdiction_id=" + XINJIE), 404);
            Open311Conformance.error(format, app.get("open311/v2/nothing." + format), 404);
        }
        assertTrue(Fixtures.audit("anonymous", "open311.key").stream().anyMatch(r -> r.startsWith("DENIED|Open311Client|-")));
        assertTrue(Fixtures.audit("anonymous", "open311.key").stream()
                .anyMatch(r -> r.startsWith("DENIED|Open311Client|") && !r.endsWith("|-")), "a key used elsewhere");
        assertEquals(404, StaffClient.signedIn(base, "it.tianfu", Fixtures.PASSWORD).get("partners/open311-clients.xhtml")
                .statusCode(), "community staff do not manage keys");
        assertEquals(200, StaffClient.signedIn(base, "it.guangling.admin", Fixtures.PASSWORD)
                .get("partners/open311-clients.xhtml").statusCode());
    }

    private static Map<String, String> with(Map<String, String> form, String name, String value) {
        Map<String, String> changed = new HashMap<>(form);
        changed.put(name, value);
        return changed;
    }

    private static Map<String, String> without(Map<String, String> form, String name) {
        Map<String, String> changed = new HashMap<>(form);
        changed.remove(name);
        return changed;
    }

    private static String application(String name, String kind, String creditCode, long community) {
        return "{\"kind\":\"" + kind + "\",\"name\":\"" + name + "\",\"creditCode\":\"" + creditCode
                + "\",\"contactName\":\"王恒君\",\"contactPhone\":\"13812341234\",\"homeUnitId\":" + community
                + ",\"servedCommunityIds\":[" + community + "]}";
    }

    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(json);
        assertTrue(value.find(), name + " in " + json);
        return value.group(1);
    }
}
