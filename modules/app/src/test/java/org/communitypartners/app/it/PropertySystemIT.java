package org.communitypartners.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
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

/** The property register on Payara Micro against MariaDB: REST, encryption at rest, reveal, tenancy, the screen. */
@ExtendWith(ArquillianExtension.class)
class PropertySystemIT {
    private static final String TIANFU = "341181001002";
    private static final String YIMIN = "341181001002001";
    private static final String QIANQIU_GARDEN = "341181002001001";
    private static final String ID_NUMBER = "341181199001011232";

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
        Fixtures.unit(Fixtures.QIANQIU_COMMUNITY, QIANQIU_GARDEN, "千秋花园", "COMPOUND");
        Fixtures.account("it.prop.tianfu", "COMMUNITY_STAFF", TIANFU);
        Fixtures.account("it.prop.qianqiu", "COMMUNITY_STAFF", Fixtures.QIANQIU_COMMUNITY);
        Fixtures.account("it.prop.admin", "SUBDISTRICT_ADMIN", "341181001000");
        Fixtures.account("it.prop.manager", "PARTNER_STAFF", TIANFU);
    }

    @Test
    void aCompoundsRegisterIsKeptWithTheIdNumberEncryptedMaskedAndRevealedOnlyAudited() throws SQLException {
        long yimin = Fixtures.unitId(YIMIN);
        StaffClient staff = StaffClient.signedIn(base, "it.prop.tianfu", Fixtures.PASSWORD);
        String company = activePropertyCompany();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        HttpResponse<String> contract = staff.postJson("api/v1/property/compounds/" + yimin + "/service",
                "{\"partnerId\":" + company + ",\"startsOn\":\"" + today.minusMonths(1) + "\",\"endsOn\":\""
                        + today.plusYears(2) + "\",\"serviceLevel\":\"公共区域每周至少清扫 2 次\",\"serviceGrade\":2}");
        assertEquals(200, contract.statusCode(), contract.body());
        String compound = staff.get("api/v1/property/compounds/" + yimin).body();
        assertTrue(compound.contains("益民物业管理有限公司") && compound.contains("\"inForce\":true"), compound);

        HttpResponse<String> building = staff.postJson("api/v1/property/compounds/" + yimin + "/buildings",
                "{\"number\":\"IT-3\",\"name\":\"3 号楼\",\"floors\":6}");
        assertEquals(200, building.statusCode(), building.body());
        String buildingId = field(building.body(), "id");
        HttpResponse<String> thirdDecimal = staff.postJson("api/v1/property/buildings/" + buildingId + "/units",
                "{\"unitNumber\":\"201\",\"exclusiveArea\":89.505}");
        assertEquals(400, thirdDecimal.statusCode(), thirdDecimal.body());
        HttpResponse<String> unit = staff.postJson("api/v1/property/buildings/" + buildingId + "/units",
                "{\"unitNumber\":\"201\",\"exclusiveArea\":89.5}");
        assertEquals(200, unit.statusCode(), unit.body());
        assertTrue(unit.body().contains("\"exclusiveArea\":89.50"), unit.body());
        String unitId = field(unit.body(), "id");

        HttpResponse<String> typo = staff.postJson("api/v1/property/units/" + unitId + "/owners",
                "{\"name\":\"王大爷\",\"idNumber\":\"341181199001011233\",\"phone\":\"13955556666\",\"sharePercent\":100}");
        assertEquals(400, typo.statusCode());
        assertTrue(typo.body().contains("校验码"), typo.body());
        HttpResponse<String> owner = staff.postJson("api/v1/property/units/" + unitId + "/owners",
                "{\"name\":\"王大爷\",\"idNumber\":\"" + ID_NUMBER + "\",\"phone\":\"13955556666\",\"sharePercent\":100}");
        assertEquals(200, owner.statusCode(), owner.body());
        assertTrue(owner.body().contains("\"maskedIdNumber\":\"341***********1232\""), owner.body());
        assertTrue(owner.body().contains("\"maskedPhone\":\"139****6666\""), owner.body());
        assertFalse(owner.body().contains(ID_NUMBER) || owner.body().contains("13955556666"));
        String ownerId = field(owner.body(), "id");
        String units = staff.get("api/v1/property/buildings/" + buildingId + "/units").body();
        assertTrue(units.contains("341***********1232") && !units.contains(ID_NUMBER), units);

        try (Connection db = Fixtures.connect(); PreparedStatement query = db.prepareStatement(
                "SELECT id_number_cipher, id_number_hash, id_number_masked FROM property_owner WHERE id = ?")) {
            query.setLong(1, Long.parseLong(ownerId));
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                assertFalse(row.getString(1).contains(ID_NUMBER) || row.getString(1).contains("19900101"));
                assertNotEquals(ID_NUMBER, row.getString(2));
                assertEquals("341***********1232", row.getString(3));
            }
        }

        HttpResponse<String> noPurpose = staff.postJson("api/v1/property/owners/" + ownerId + "/id-number", "{}");
        assertEquals(400, noPurpose.statusCode());
        HttpResponse<String> revealed = staff.postJson("api/v1/property/owners/" + ownerId + "/id-number",
                "{\"purpose\":\"核对业主大会表决资格\"}");
        assertEquals(200, revealed.statusCode(), revealed.body());
        assertEquals(ID_NUMBER, field(revealed.body(), "idNumber"));
        assertTrue(Fixtures.audit("it.prop.tianfu", "property.revealIdNumber")
                .contains("SUCCESS|UnitOwner|" + ownerId), "the reveal is audited");

        StaffClient manager = StaffClient.signedIn(base, "it.prop.manager", Fixtures.PASSWORD);
        String read = manager.get("api/v1/property/units/" + unitId).body();
        assertTrue(read.contains("王大爷") && !read.contains("1232") && !read.contains("6666"),
                "the serving company reads the register without ID numbers: " + read);
        assertEquals(404, manager.postJson("api/v1/property/owners/" + ownerId + "/id-number",
                "{\"purpose\":\"想看看\"}").statusCode());
        assertEquals(404, manager.postJson("api/v1/property/compounds/" + yimin + "/buildings",
                "{\"number\":\"IT-X\",\"floors\":3}").statusCode(), "partner staff do not manage the register");

        StaffClient elsewhere = StaffClient.signedIn(base, "it.prop.qianqiu", Fixtures.PASSWORD);
        assertEquals(404, elsewhere.get("api/v1/property/compounds/" + yimin).statusCode());
        assertEquals(404, elsewhere.get("api/v1/property/units/" + unitId).statusCode());
        assertEquals(404, elsewhere.postJson("api/v1/property/owners/" + ownerId + "/id-number",
                "{\"purpose\":\"越权查看\"}").statusCode());
        assertTrue(Fixtures.audit("it.prop.qianqiu", "access").contains("DENIED|PropertyUnit|" + unitId));
        assertEquals(404, staff.get("api/v1/property/compounds/" + Fixtures.unitId(QIANQIU_GARDEN)).statusCode());
    }

    @Test
    void staffPickACompoundAndSeeItsBuildingsAndUnitsOnThePhone() throws IOException, SQLException {
        long yimin = Fixtures.unitId(YIMIN);
        StaffClient staff = StaffClient.signedIn(base, "it.prop.tianfu", Fixtures.PASSWORD);
        String buildingId = field(staff.postJson("api/v1/property/compounds/" + yimin + "/buildings",
                "{\"number\":\"IT-7\",\"name\":\"7 号楼\",\"floors\":11}").body(), "id");
        String unitId = field(staff.postJson("api/v1/property/buildings/" + buildingId + "/units",
                "{\"unitNumber\":\"1102\",\"exclusiveArea\":120.25}").body(), "id");
        staff.postJson("api/v1/property/units/" + unitId + "/owners",
                "{\"name\":\"李阿姨\",\"idNumber\":\"320102198511030420\",\"sharePercent\":100}");
        try (Browser browser = new Browser(390, 844)) {
            browser.signIn(base, "it.prop.tianfu");
            browser.open(base.resolve("property/register.xhtml?compound=" + yimin).toString());
            browser.until(d -> browser.pageText().contains("IT-7"));
            browser.click(By.xpath("//a[text()='IT-7']"));
            browser.until(d -> browser.pageText().contains("1102"));
            assertTrue(browser.pageText().contains("120.25"));
            assertTrue(browser.pageText().contains("320***********0420"));
            assertFalse(browser.pageText().contains("320102198511030420"));
            browser.screenshot("property-01-register-phone");
        }
    }

    /** An active property company serving 天福社区, bound to the partner-staff account; returns its id. */
    private String activePropertyCompany() throws SQLException {
        long tianfu = Fixtures.unitId(TIANFU);
        StaffClient staff = StaffClient.signedIn(base, "it.prop.tianfu", Fixtures.PASSWORD);
        StaffClient admin = StaffClient.signedIn(base, "it.prop.admin", Fixtures.PASSWORD);
        String applied = staff.postJson("api/v1/partners", "{\"kind\":\"PROPERTY_COMPANY\",\"name\":\"益民物业管理有限公司\","
                + "\"creditCode\":\"91341181MA2P0R0P3L\",\"contactName\":\"张经理\",\"contactPhone\":\"13811112222\","
                + "\"homeUnitId\":" + tianfu + ",\"servedCommunityIds\":[" + tianfu + "]}").body();
        String id = field(applied, "id");
        String approved = staff.postJson("api/v1/partners/" + id + "/steps",
                "{\"step\":\"APPROVE\",\"reason\":\"材料齐全\",\"version\":" + field(applied, "version") + "}").body();
        admin.postJson("api/v1/partners/" + id + "/steps",
                "{\"step\":\"ACTIVATE\",\"reason\":\"签约\",\"version\":" + field(approved, "version") + "}");
        HttpResponse<String> bound = admin.postJson("api/v1/partners/" + id + "/staff",
                "{\"username\":\"it.prop.manager\"}");
        assertEquals(200, bound.statusCode(), bound.body());
        return id;
    }

    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(json);
        assertTrue(value.find(), name + " in " + json);
        return value.group(1);
    }

    // ---- Register import and service commitments -------------------------------------------------

    private static final String PROMISE_GARDEN = "341181001002098";
    private static final String ID_NUMBER_2 = "320102198511030420";

    @Test
    void anInvalidImportFileIsReportedCellByCellAndWritesNothingAValidOneIsWrittenWhole() throws Exception {
        long yimin = Fixtures.unitId(YIMIN);
        StaffClient staff = StaffClient.signedIn(base, "it.prop.tianfu", Fixtures.PASSWORD);

        HttpResponse<String> refused = staff.postBytes("api/v1/property/compounds/" + yimin + "/import",
                importFile(new Object[][] {
                    {"IMP-1", "导入 1 号楼", 6, "101", 89.5, "张三", ID_NUMBER, "13955556666", 100},
                    {"IMP-1", "导入 1 号楼", 6, "102", 89.505, "李四", ID_NUMBER_2, null, 100},
                    {"IMP-1", "导入 1 号楼", 6, "103", 70, "王五", "341181199001011233", null, 100},
                    {"IMP-1", "导入 1 号楼", 6, "101", 89.5, "张三", ID_NUMBER, null, 100},
                    {"IMP-1", "导入 1 号楼", 6, "104", 60, "赵六", ID_NUMBER, null, 60},
                    {"IMP-1", "导入 1 号楼", 6, "104", 60, "钱七", ID_NUMBER_2, null, 50},
                    {"IMP-1", "导入 1 号楼", 6, null, 60, null, null, null, null}}));
        assertEquals(400, refused.statusCode(), refused.body());
        String report = refused.body();
        assertTrue(report.contains("\"status\":\"REFUSED\""), report);
        assertTrue(anObjectWith(report, "\"row\":3", "\"column\":\"E\"", "最多保留两位小数"), report);
        assertTrue(anObjectWith(report, "\"row\":4", "\"column\":\"G\"", "校验码"), report);
        assertTrue(anObjectWith(report, "\"row\":5", "\"column\":\"G\"", "第 2 行"), report);
        assertTrue(anObjectWith(report, "\"row\":7", "\"column\":\"I\"", "110.00%"), report);
        assertTrue(anObjectWith(report, "\"row\":8", "\"column\":\"D\"", "此项必填"), report);
        assertTrue(report.contains("The exclusive area 89.505 may have at most two decimals."), report);
        assertFalse(report.contains(ID_NUMBER), "the report never repeats an ID number");
        assertEquals(0, count("SELECT COUNT(*) FROM property_building WHERE compound_id = ? AND number = 'IMP-1'",
                yimin), "nothing of a refused file is written");
        assertTrue(Fixtures.audit("it.prop.tianfu", "property.import").contains("FAILED|Compound|" + yimin));

        HttpResponse<String> imported = staff.postBytes("api/v1/property/compounds/" + yimin + "/import",
                importFile(new Object[][] {
                    {"IMP-1", "导入 1 号楼", 6, "101", 89.5, "张三", ID_NUMBER, "13955556666", 50},
                    {"IMP-1", "导入 1 号楼", 6, "101", 89.5, "李四", ID_NUMBER_2, null, 50},
                    {"IMP-1", "导入 1 号楼", 6, "102", 120.25, "王五", "341181199001011216", null, 100},
                    {"IMP-2", null, 11, "1101", 99, null, null, null, null}}));
        assertEquals(200, imported.statusCode(), imported.body());
        assertTrue(imported.body().contains("\"buildings\":2") && imported.body().contains("\"units\":3")
                && imported.body().contains("\"owners\":3"), imported.body());
        assertEquals(3, count("SELECT COUNT(*) FROM property_unit u JOIN property_building b ON b.id = u.building_id"
                + " WHERE b.compound_id = ? AND b.number LIKE 'IMP-%'", yimin));
        assertTrue(Fixtures.audit("it.prop.tianfu", "property.import").contains("SUCCESS|Compound|" + yimin));

        HttpResponse<String> again = staff.postBytes("api/v1/property/compounds/" + yimin + "/import",
                importFile(new Object[][] {{"IMP-1", "导入 1 号楼", 6, "102", 120.25, "王五", "341181199001011216",
                    null, 100}}));
        assertEquals(400, again.statusCode(), again.body());
        assertTrue(again.body().contains("已登记证件号为 341***********1216 的业主"), again.body());

        StaffClient elsewhere = StaffClient.signedIn(base, "it.prop.qianqiu", Fixtures.PASSWORD);
        assertEquals(404, elsewhere.postBytes("api/v1/property/compounds/" + yimin + "/import",
                importFile(new Object[][] {{"IMP-9", null, 3, "1", 50, null, null, null, null}})).statusCode());
        HttpResponse<String> template = staff.get("api/v1/property/register-import/template");
        assertEquals(200, template.statusCode());
    }

    @Test
    void staffUploadAFileOnTheRegisterScreenAndReadTheReport() throws Exception {
        long yimin = Fixtures.unitId(YIMIN);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("register-import", ".xlsx");
        java.nio.file.Files.write(file, importFile(new Object[][] {
            {"IMP-B", "浏览器楼", 6, "201", 89.505, "张三", "341181199001011233", null, 100},
            {"IMP-B", "浏览器楼", 6, "202", 75, "李四", ID_NUMBER_2, "139", 100}}));
        // Tall enough for the whole page: the report lies below the register.
        try (Browser browser = new Browser(1280, 2200)) {
            browser.signIn(base, "it.prop.tianfu");
            browser.open(base.resolve("property/register.xhtml?compound=" + yimin).toString());
            browser.find(By.id("import:file")).sendKeys(file.toAbsolutePath().toString());
            browser.click(By.id("import:upload"));
            waitForText(browser, "未写入任何数据");
            String text = browser.pageText();
            assertTrue(text.contains("最多保留两位小数") && text.contains("校验码"), text);
            browser.screenshot("property-02-import-report");
        }
        assertEquals(0, count("SELECT COUNT(*) FROM property_building WHERE compound_id = ? AND number = 'IMP-B'",
                yimin));
    }

    @Test
    void checkInsGiveWeeklyComplianceAndAMissedWeekRaisesOneWorkOrder() throws Exception {
        long garden = Fixtures.unit(TIANFU, PROMISE_GARDEN, "承诺花园", "COMPOUND");
        Fixtures.account("it.prop.cleaner", "PARTNER_STAFF", TIANFU);
        Fixtures.account("it.prop.owner", "OWNER", PROMISE_GARDEN);
        StaffClient staff = StaffClient.signedIn(base, "it.prop.tianfu", Fixtures.PASSWORD);
        String company = servingCompany(garden, "承诺物业服务有限公司", "it.prop.cleaner");
        String one = field(staff.postJson("api/v1/property/compounds/" + garden + "/buildings",
                "{\"number\":\"CM-1\",\"floors\":6}").body(), "id");
        staff.postJson("api/v1/property/compounds/" + garden + "/buildings", "{\"number\":\"CM-2\",\"floors\":6}");
        String two = field(staff.get("api/v1/property/compounds/" + garden + "/buildings").body()
                .replaceFirst("(?s).*(\\{[^{}]*\"number\":\"CM-2\"[^{}]*}).*", "$1"), "id");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate lastMonday = today.with(java.time.temporal.TemporalAdjusters.previousOrSame(
                java.time.DayOfWeek.MONDAY)).minusWeeks(1);

        HttpResponse<String> item = staff.postJson("api/v1/property/commitments/compounds/" + garden,
                "{\"title\":\"公共区域清扫\",\"times\":2,\"frequency\":\"WEEK\",\"coverage\":\"BUILDING\","
                        + "\"orderCategory\":\"SANITATION\",\"startsOn\":\"" + lastMonday + "\"}");
        assertEquals(200, item.statusCode(), item.body());
        String commitment = field(item.body(), "id");

        StaffClient cleaner = StaffClient.signedIn(base, "it.prop.cleaner", Fixtures.PASSWORD);
        String tuesday = lastMonday.plusDays(1) + "T09:30:00+08:00";
        for (String building : new String[] {one, one, two}) {
            HttpResponse<String> checkIn = cleaner.postJson("api/v1/property/commitments/" + commitment + "/check-ins",
                    "{\"buildingId\":" + building + ",\"at\":\"" + tuesday + "\",\"note\":\"已清扫\"}");
            assertEquals(200, checkIn.statusCode(), checkIn.body());
        }
        HttpResponse<String> withPhoto = cleaner.postJson("api/v1/property/commitments/" + commitment + "/check-ins",
                "{\"buildingId\":" + one + ",\"photoBase64\":\"" + png() + "\"}");
        assertEquals(200, withPhoto.statusCode(), withPhoto.body());
        assertEquals(200, staff.get("api/v1/property/commitments/check-ins/" + field(withPhoto.body(), "id")
                + "/photo").statusCode());
        HttpResponse<String> notAPhoto = cleaner.postJson("api/v1/property/commitments/" + commitment + "/check-ins",
                "{\"buildingId\":" + one + ",\"photoBase64\":\"" + java.util.Base64.getEncoder()
                        .encodeToString("<script>alert(1)</script>".getBytes()) + "\"}");
        assertEquals(400, notAPhoto.statusCode(), notAPhoto.body());
        assertEquals(404, staff.postJson("api/v1/property/commitments/" + commitment + "/check-ins",
                "{\"buildingId\":" + one + "}").statusCode(), "only the serving company checks in");

        String month = java.time.YearMonth.from(lastMonday.plusDays(3)).toString();
        String compliance = staff.get("api/v1/property/commitments/compounds/" + garden + "/compliance?from=" + month
                + "&to=" + java.time.YearMonth.from(today)).body();
        assertTrue(anObjectWith(compliance, "\"startsOn\":\"" + lastMonday + "\"",
                "\"endsOn\":\"" + lastMonday.plusDays(6) + "\"", "\"met\":false", "\"visits\":3",
                "\"shortBuildings\":[\"CM-2\"]"), compliance);
        assertTrue(anObjectWith(compliance, "\"quarter\":", "\"met\":0", "\"periods\":1", "\"percent\":0"),
                compliance);

        HttpResponse<String> order = staff.postJson("api/v1/property/commitments/" + commitment + "/work-orders",
                "{\"periodStarts\":\"" + lastMonday + "\",\"contactPhone\":\"13800001111\"}");
        assertEquals(200, order.statusCode(), order.body());
        String orderId = field(order.body(), "workOrderId");
        assertEquals(1, count("SELECT COUNT(*) FROM work_order WHERE id = ? AND category_code = 'SANITATION'",
                Long.parseLong(orderId)));
        HttpResponse<String> twice = staff.postJson("api/v1/property/commitments/" + commitment + "/work-orders",
                "{\"periodStarts\":\"" + lastMonday + "\",\"contactPhone\":\"13800001111\"}");
        assertEquals(400, twice.statusCode(), twice.body());
        assertTrue(twice.body().contains(orderId), twice.body());

        cleaner.postJson("api/v1/property/commitments/" + commitment + "/check-ins",
                "{\"buildingId\":" + two + ",\"at\":\"" + lastMonday.plusDays(4) + "T16:00:00+08:00\"}");
        String met = staff.get("api/v1/property/commitments/compounds/" + garden + "/compliance?from=" + month
                + "&to=" + java.time.YearMonth.from(today)).body();
        assertTrue(anObjectWith(met, "\"startsOn\":\"" + lastMonday + "\"", "\"met\":true", "\"visits\":4",
                "\"workOrderId\":" + orderId), met);
        assertTrue(anObjectWith(met, "\"quarter\":", "\"met\":1", "\"periods\":1", "\"percent\":100"), met);
        assertEquals(400, staff.postJson("api/v1/property/commitments/" + commitment + "/work-orders",
                "{\"periodStarts\":\"" + today + "\",\"contactPhone\":\"13800001111\"}").statusCode());

        StaffClient owner = StaffClient.signedIn(base, "it.prop.owner", Fixtures.PASSWORD);
        assertEquals(200, owner.postJson("api/v1/property/commitments/" + commitment + "/ratings",
                "{\"stars\":4,\"note\":\"楼道干净\"}").statusCode());
        assertEquals(400, owner.postJson("api/v1/property/commitments/" + commitment + "/ratings",
                "{\"stars\":6}").statusCode());
        assertTrue(owner.get("api/v1/property/commitments/compounds/" + garden).body().contains("\"averageStars\":4"));
        assertTrue(Fixtures.audit("it.prop.owner", "property.rating").contains("SUCCESS|ServiceCommitment|" + commitment));
        assertTrue(Fixtures.audit("it.prop.cleaner", "property.checkIn").size() >= 4);

        try (Browser browser = new Browser(390, 1400)) {
            browser.signIn(base, "it.prop.tianfu");
            browser.open(base.resolve("property/commitments.xhtml?compound=" + garden).toString());
            browser.click(By.xpath("//a[text()='公共区域清扫']"));
            waitForText(browser, "打卡记录");
            String text = browser.pageText();
            assertTrue(text.contains("每栋楼每周至少 2 次") && text.contains(lastMonday + " – "
                    + lastMonday.plusDays(6)) && text.contains(orderId) && text.contains("4.0 星"), text);
            browser.screenshot("property-03-commitments-phone");
        }
        try (Browser browser = new Browser(390, 1400)) {
            browser.signIn(base, "it.prop.cleaner");
            browser.open(base.resolve("property/commitments.xhtml?compound=" + garden).toString());
            browser.click(By.xpath("//a[text()='公共区域清扫']"));
            browser.choose("checkInForm:building", "CM-2");
            browser.type(By.id("checkInForm:note"), "楼道已拖地");
            browser.click(By.id("checkInForm:checkIn"));
            waitForText(browser, "已打卡");
            assertTrue(browser.pageText().contains("楼道已拖地"), "the new check-in is listed");
            browser.screenshot("property-04-check-in-phone");
        }

        StaffClient elsewhere = StaffClient.signedIn(base, "it.prop.qianqiu", Fixtures.PASSWORD);
        assertEquals(404, elsewhere.get("api/v1/property/commitments/compounds/" + garden).statusCode());
        assertEquals(404, elsewhere.get("property/commitments.xhtml?compound=" + garden).statusCode());
        assertEquals(404, elsewhere.get("api/v1/property/commitments/compounds/" + garden + "/compliance?from="
                + month + "&to=" + month).statusCode());
        assertEquals(404, elsewhere.get("api/v1/property/commitments/" + commitment + "/check-ins").statusCode());
        assertEquals(404, elsewhere.postJson("api/v1/property/commitments/" + commitment + "/work-orders",
                "{\"periodStarts\":\"" + lastMonday + "\",\"contactPhone\":\"13800001111\"}").statusCode());
    }

    /** A property company serving the compound's community under a contract in force, bound to the account. */
    private String servingCompany(long compoundId, String name, String account) throws SQLException {
        long tianfu = Fixtures.unitId(TIANFU);
        StaffClient staff = StaffClient.signedIn(base, "it.prop.tianfu", Fixtures.PASSWORD);
        StaffClient admin = StaffClient.signedIn(base, "it.prop.admin", Fixtures.PASSWORD);
        String applied = staff.postJson("api/v1/partners", "{\"kind\":\"PROPERTY_COMPANY\",\"name\":\"" + name
                + "\",\"creditCode\":\"" + creditCode("91341181MA2P0R0Q0") + "\",\"contactName\":\"周经理\","
                + "\"contactPhone\":\"13811113333\",\"homeUnitId\":" + tianfu + ",\"servedCommunityIds\":["
                + tianfu + "]}").body();
        String id = field(applied, "id");
        String approved = staff.postJson("api/v1/partners/" + id + "/steps",
                "{\"step\":\"APPROVE\",\"reason\":\"材料齐全\",\"version\":" + field(applied, "version") + "}").body();
        admin.postJson("api/v1/partners/" + id + "/steps",
                "{\"step\":\"ACTIVATE\",\"reason\":\"签约\",\"version\":" + field(approved, "version") + "}");
        assertEquals(200, admin.postJson("api/v1/partners/" + id + "/staff", "{\"username\":\"" + account + "\"}")
                .statusCode());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        HttpResponse<String> contract = staff.postJson("api/v1/property/compounds/" + compoundId + "/service",
                "{\"partnerId\":" + id + ",\"startsOn\":\"" + today.minusMonths(2) + "\",\"endsOn\":\""
                        + today.plusYears(1) + "\",\"serviceLevel\":\"公共区域每栋楼每周至少清扫 2 次\",\"serviceGrade\":2}");
        assertEquals(200, contract.statusCode(), contract.body());
        return id;
    }

    /** A unified social credit code (GB 32100) with its check character computed for the 17 given characters. */
    private static String creditCode(String first17) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(first17.charAt(i)) * weights[i];
        }
        return first17 + alphabet.charAt((31 - sum % 31) % 31);
    }

    /** An .xlsx in the template's layout (headings, then one row per owner), built with POI. */
    private static byte[] importFile(Object[][] rows) throws IOException {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            var sheet = book.createSheet("房产登记");
            String[] headings = {"楼栋号 / Building no.", "楼栋名称", "层数", "房号", "专有面积（m²）", "业主姓名", "身份证号码",
                "电话", "份额（%）"};
            var heading = sheet.createRow(0);
            for (int i = 0; i < headings.length; i++) {
                heading.createCell(i).setCellValue(headings[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c].toString());
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static String png() throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 8,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return java.util.Base64.getEncoder().encodeToString(out.toByteArray());
    }

    /**
     * Waits for the text like {@code Browser.until}, a few times over: with other builds on the
     * two cores an import job or an ajax update can take longer than one wait.
     */
    private static void waitForText(Browser browser, String text) {
        for (int attempt = 1; ; attempt++) {
            try {
                browser.until(d -> browser.pageText().contains(text));
                return;
            } catch (org.openqa.selenium.TimeoutException slow) {
                if (attempt == 3) {
                    throw slow;
                }
            }
        }
    }

    /** Whether one flat JSON object of the text holds every fragment (whatever order the fields come in). */
    private static boolean anObjectWith(String json, String... fragments) {
        Matcher objects = Pattern.compile("\\{[^{}]*}").matcher(json);
        while (objects.find()) {
            String object = objects.group();
            if (java.util.Arrays.stream(fragments).allMatch(object::contains)) {
                return true;
            }
        }
        return false;
    }

    private static long count(String sql, long parameter) throws SQLException {
        try (Connection db = Fixtures.connect(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
