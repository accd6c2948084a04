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
import java.time.YearMonth;
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

    // ---- Fees priced in the open (明码标价) ----

    private static final String FEE_COMPOUND = "341181001002091";
    private static final String FEE_NOTICE_COMPOUND = "341181001002092";
    private static final String FEE_COMPANY_CREDIT_CODE = "91341181MA2P0FEE1C";

    @Test
    void feesAreBilledForAWholeCompoundOnceAndAPaymentIsRecordedOnceWhateverTheRetries() throws SQLException {
        long compound = feeCompound(FEE_COMPOUND, "天福收费小区");
        StaffClient staff = StaffClient.signedIn(base, "it.prop.tianfu", Fixtures.PASSWORD);
        YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String fees = "api/v1/property/fees/";

        String[] units = feeUnits(staff, compound);
        assertEquals(200, staff.putJson(fees + "units/" + units[1] + "/parking-spaces", "{\"spaces\":1}").statusCode());
        HttpResponse<String> badBasis = staff.postJson(fees + "compounds/" + compound + "/items",
                "{\"name\":\"物业服务费\",\"basis\":\"PER_FLOOR\",\"rate\":1.35,\"effectiveFrom\":\"" + month.minusMonths(1).atDay(1) + "\"}");
        assertEquals(400, badBasis.statusCode(), badBasis.body());
        assertTrue(badBasis.body().contains("计费方式") && badBasis.body().contains("pricing basis"), badBasis.body());
        HttpResponse<String> service = staff.postJson(fees + "compounds/" + compound + "/items",
                "{\"name\":\"物业服务费\",\"basis\":\"PER_SQUARE_METRE_MONTH\",\"rate\":1.35,\"effectiveFrom\":\""
                        + month.minusMonths(1).atDay(1) + "\"}");
        assertEquals(200, service.statusCode(), service.body());
        HttpResponse<String> raised = staff.postJson(fees + "items/" + field(service.body(), "id") + "/rates",
                "{\"rate\":1.50,\"effectiveFrom\":\"" + month.plusMonths(1).atDay(1) + "\"}");
        assertEquals(200, raised.statusCode(), raised.body());
        assertTrue(raised.body().contains("\"currentRate\":1.35") && raised.body().contains("\"nextRate\":1.50"),
                "the raise is announced, the current rate still applies: " + raised.body());
        assertEquals(200, staff.postJson(fees + "compounds/" + compound + "/items", "{\"name\":\"车位管理费\","
                + "\"basis\":\"PER_PARKING_SPACE_MONTH\",\"rate\":60,\"effectiveFrom\":\"" + month.atDay(1) + "\"}")
                .statusCode());

        HttpResponse<String> generated = staff.postJson(fees + "compounds/" + compound + "/bills",
                "{\"period\":\"" + month + "\"}");
        assertEquals(200, generated.statusCode(), generated.body());
        // 89.57 × 1.35 = 120.9195 → 120.92; 100 × 1.35 + 1 × 60 = 195.00; 120.25 × 1.35 = 162.3375 → 162.34
        assertTrue(generated.body().contains("\"bills\":3") && generated.body().contains("\"total\":478.26"),
                generated.body());
        HttpResponse<String> again = staff.postJson(fees + "compounds/" + compound + "/bills",
                "{\"period\":\"" + month + "\"}");
        assertEquals(400, again.statusCode(), "a period is billed once: " + again.body());
        assertTrue(again.body().contains("已生成过"), again.body());
        assertEquals(3, feeRows("SELECT COUNT(*) FROM property_fee_bill WHERE compound_id = ?", compound));
        assertEquals(400, staff.postJson(fees + "compounds/" + compound + "/bills", "{\"period\":\"2026-13\"}")
                .statusCode());

        String bill = field(staff.get(fees + "units/" + units[0] + "/arrears").body(), "id");
        String detail = staff.get(fees + "bills/" + bill).body();
        assertTrue(detail.contains("\"amountDue\":120.92") && detail.contains("\"quantity\":89.57")
                && detail.contains("\"rate\":1.35"), detail);
        String payment = "{\"receiptNumber\":\"SJ-IT-0001\",\"amount\":100.00,\"paidOn\":\"" + today
                + "\",\"method\":\"WECHAT\"}";
        HttpResponse<String> paid = staff.postJson(fees + "bills/" + bill + "/payments", payment);
        assertEquals(200, paid.statusCode(), paid.body());
        HttpResponse<String> retried = staff.postJson(fees + "bills/" + bill + "/payments", payment);
        assertEquals(200, retried.statusCode(), retried.body());
        assertEquals(field(paid.body(), "id"), field(retried.body(), "id"), "the retry returns the first payment");
        assertTrue(retried.body().contains("\"replayed\":true"), retried.body());
        HttpResponse<String> otherContent = staff.postJson(fees + "bills/" + bill + "/payments",
                payment.replace("100.00", "20.92"));
        assertEquals(400, otherContent.statusCode(), otherContent.body());
        assertTrue(otherContent.body().contains("SJ-IT-0001") && otherContent.body().contains("收据号"),
                otherContent.body());
        assertEquals(1, feeRows("SELECT COUNT(*) FROM property_fee_payment WHERE compound_id = ?", compound));
        assertTrue(staff.get(fees + "bills/" + bill).body().contains("\"amountPaid\":100.00"));
        HttpResponse<String> overpaid = staff.postJson(fees + "bills/" + bill + "/payments",
                "{\"receiptNumber\":\"SJ-IT-0002\",\"amount\":20.93,\"paidOn\":\"" + today + "\",\"method\":\"CASH\"}");
        assertEquals(400, overpaid.statusCode(), overpaid.body());
        assertEquals(200, staff.postJson(fees + "bills/" + bill + "/payments",
                "{\"receiptNumber\":\"SJ-IT-0002\",\"amount\":20.92,\"paidOn\":\"" + today + "\",\"method\":\"CASH\"}")
                .statusCode());
        assertTrue(staff.get(fees + "bills/" + bill).body().contains("\"paidInFull\":true"));
        String parkingBill = field(staff.get(fees + "units/" + units[1] + "/arrears").body(), "id");
        assertEquals(200, staff.postJson(fees + "bills/" + parkingBill + "/payments",
                "{\"receiptNumber\":\"SJ-IT-0003\",\"amount\":95,\"paidOn\":\"" + today + "\",\"method\":\"ALIPAY\"}")
                .statusCode());
        assertTrue(Fixtures.audit("it.prop.tianfu", "property.fees.payment").contains("SUCCESS|FeeBill|" + bill));
        assertTrue(Fixtures.audit("it.prop.tianfu", "property.fees.generate").contains("SUCCESS|Compound|" + compound));

        // 215.92 of 478.26 yuan = 45.147…% → 45.15; 1 of 3 households paid in full → 33.33
        String rate = staff.get(fees + "compounds/" + compound + "/collection-rate?from=" + month + "&to=" + month).body();
        assertTrue(rate.contains("\"amountPercent\":45.15") && rate.contains("\"householdPercent\":33.33")
                && rate.contains("\"billed\":478.26") && rate.contains("\"paid\":215.92")
                && rate.contains("\"unitsBilled\":3") && rate.contains("\"unitsFullyPaid\":1"), rate);
        String quarter = staff.get(fees + "compounds/" + compound + "/collection-rate?from=" + month.minusMonths(2)
                + "&to=" + month).body();
        assertTrue(quarter.contains("\"amountPercent\":45.15"), "months without bills add nothing: " + quarter);
        String empty = staff.get(fees + "compounds/" + compound + "/collection-rate?from=" + month.minusMonths(3)
                + "&to=" + month.minusMonths(1)).body();
        assertTrue(empty.contains("\"hasBills\":false") && !empty.contains("Percent"), empty);
        String arrears = staff.get(fees + "compounds/" + compound + "/arrears").body();
        assertTrue(arrears.contains("F1-301") && arrears.contains("\"outstanding\":100.00")
                && arrears.contains("\"outstanding\":162.34") && !arrears.contains("F1-201"), arrears);
        assertEquals("2", staff.get(fees + "compounds/" + compound + "/bills/count?period=" + month + "&paid=false")
                .body());

        StaffClient manager = StaffClient.signedIn(base, "it.fees.manager", Fixtures.PASSWORD);
        assertEquals(200, manager.get(fees + "compounds/" + compound + "/bills").statusCode(),
                "the serving company's staff work with the bills");
        assertEquals(404, manager.get(fees + "compounds/" + Fixtures.unitId(YIMIN) + "/items").statusCode(),
                "a compound the company does not serve");
        StaffClient elsewhere = StaffClient.signedIn(base, "it.prop.qianqiu", Fixtures.PASSWORD);
        assertEquals(404, elsewhere.get(fees + "compounds/" + compound + "/items").statusCode());
        assertEquals(404, elsewhere.get(fees + "bills/" + bill).statusCode());
        assertEquals(404, elsewhere.postJson(fees + "bills/" + parkingBill + "/payments",
                "{\"receiptNumber\":\"QQ-1\",\"amount\":1,\"paidOn\":\"" + today + "\",\"method\":\"CASH\"}").statusCode());
        assertEquals(404, elsewhere.postJson(fees + "compounds/" + compound + "/bills",
                "{\"period\":\"" + month.plusMonths(1) + "\"}").statusCode());
        assertEquals(404, elsewhere.get(fees + "compounds/" + compound + "/collection-rate?from=" + month).statusCode());
        assertEquals(3, feeRows("SELECT COUNT(*) FROM property_fee_payment WHERE compound_id = ?", compound));
    }

    @Test
    void theFeeNoticeIsPublicAndReadsOnAPhone() throws IOException, SQLException {
        long compound = feeCompound(FEE_NOTICE_COMPOUND, "天福公示小区");
        StaffClient staff = StaffClient.signedIn(base, "it.prop.tianfu", Fixtures.PASSWORD);
        LocalDate first = YearMonth.now(ZoneId.of("Asia/Shanghai")).atDay(1);
        staff.postJson("api/v1/property/fees/compounds/" + compound + "/items", "{\"name\":\"生活垃圾处理费\","
                + "\"basis\":\"PER_UNIT_MONTH\",\"rate\":8,\"effectiveFrom\":\"" + first + "\"}");

        StaffClient anonymous = new StaffClient(base);
        HttpResponse<String> json = anonymous.get("fees/notice.json?compound=" + FEE_NOTICE_COMPOUND);
        assertEquals(200, json.statusCode(), json.body());
        assertTrue(json.body().contains("\"priceHotline\":\"12358\"") && json.body().contains("天福收费物业有限公司")
                && json.body().contains("生活垃圾处理费") && json.body().contains("每周至少清扫"), json.body());
        assertEquals("no-store", json.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(404, anonymous.get("fees/notice.json?compound=999").statusCode(), "an unknown compound");
        assertEquals(404, anonymous.get("fees/notice.json?compound=" + TIANFU).statusCode(), "a community is no compound");
        assertEquals(401, anonymous.get("api/v1/property/fees/compounds/" + compound + "/items").statusCode());
        String openApi = anonymous.get("/openapi").body();
        assertTrue(openApi.contains("/property/fees/bills/{id}/payments")
                && openApi.contains("/property/fees/compounds/{id}/collection-rate"), "the fees REST is documented");

        try (Browser browser = new Browser(390, 844)) {
            browser.open(base.resolve("fees/notice.xhtml?compound=" + FEE_NOTICE_COMPOUND).toString());
            browser.until(d -> browser.pageText().contains("12358"));
            String text = browser.pageText();
            assertTrue(text.contains("物业服务收费公示") && text.contains("天福收费物业有限公司")
                    && text.contains("生活垃圾处理费") && text.contains("8.00 元/户·月"), text);
            browser.resize(390, 1400);
            browser.screenshot("property-fees-01-notice-phone");
            browser.resize(390, 844);
            browser.signIn(base, "it.prop.tianfu");
            browser.open(base.resolve("property/fees.xhtml?compound=" + compound).toString());
            browser.until(d -> browser.pageText().contains("生活垃圾处理费"));
            browser.screenshot("property-fees-02-staff-phone");
        }
    }

    /** A compound under 天福社区 served by the fees' own property company under a contract in force, made once. */
    private long feeCompound(String code, String name) throws SQLException {
        long compound = Fixtures.unit(TIANFU, code, name, "COMPOUND");
        if (feeRows("SELECT COUNT(*) FROM property_service_contract WHERE compound_id = ?", compound) > 0) {
            return compound;
        }
        StaffClient staff = StaffClient.signedIn(base, "it.prop.tianfu", Fixtures.PASSWORD);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        HttpResponse<String> contract = staff.postJson("api/v1/property/compounds/" + compound + "/service",
                "{\"partnerId\":" + feeCompany() + ",\"startsOn\":\"" + today.minusYears(1) + "\",\"endsOn\":\""
                        + today.plusYears(2) + "\",\"serviceLevel\":\"二级服务：公共区域每周至少清扫 2 次，24 小时门岗\","
                        + "\"serviceGrade\":2}");
        assertEquals(200, contract.statusCode(), contract.body());
        return compound;
    }

    /** 天福收费物业有限公司, active, serving 天福社区, with it.fees.manager as its staff; made once. */
    private long feeCompany() throws SQLException {
        Fixtures.account("it.fees.manager", "PARTNER_STAFF", TIANFU);
        try (Connection db = Fixtures.connect();
             PreparedStatement query = db.prepareStatement("SELECT id FROM partner WHERE credit_code = ?")) {
            query.setString(1, FEE_COMPANY_CREDIT_CODE);
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    return row.getLong(1);
                }
            }
        }
        long tianfu = Fixtures.unitId(TIANFU);
        StaffClient staff = StaffClient.signedIn(base, "it.prop.tianfu", Fixtures.PASSWORD);
        StaffClient admin = StaffClient.signedIn(base, "it.prop.admin", Fixtures.PASSWORD);
        String applied = staff.postJson("api/v1/partners", "{\"kind\":\"PROPERTY_COMPANY\",\"name\":\"天福收费物业有限公司\","
                + "\"creditCode\":\"" + FEE_COMPANY_CREDIT_CODE + "\",\"contactName\":\"刘经理\","
                + "\"contactPhone\":\"13811113333\",\"homeUnitId\":" + tianfu + ",\"servedCommunityIds\":[" + tianfu + "]}")
                .body();
        String id = field(applied, "id");
        String approved = staff.postJson("api/v1/partners/" + id + "/steps",
                "{\"step\":\"APPROVE\",\"reason\":\"材料齐全\",\"version\":" + field(applied, "version") + "}").body();
        admin.postJson("api/v1/partners/" + id + "/steps",
                "{\"step\":\"ACTIVATE\",\"reason\":\"签约\",\"version\":" + field(approved, "version") + "}");
        assertEquals(200, admin.postJson("api/v1/partners/" + id + "/staff", "{\"username\":\"it.fees.manager\"}")
                .statusCode());
        return Long.parseLong(id);
    }

    /** Building F1 with units 201 (89.57 m²), 301 (100 m²) and 401 (120.25 m²); returns their ids. */
    private String[] feeUnits(StaffClient staff, long compound) {
        String building = field(staff.postJson("api/v1/property/compounds/" + compound + "/buildings",
                "{\"number\":\"F1\",\"floors\":6}").body(), "id");
        String[] areas = {"201:89.57", "301:100.00", "401:120.25"};
        String[] ids = new String[areas.length];
        for (int i = 0; i < areas.length; i++) {
            String[] unit = areas[i].split(":");
            ids[i] = field(staff.postJson("api/v1/property/buildings/" + building + "/units",
                    "{\"unitNumber\":\"" + unit[0] + "\",\"exclusiveArea\":" + unit[1] + "}").body(), "id");
        }
        return ids;
    }

    private static long feeRows(String sql, long compound) throws SQLException {
        try (Connection db = Fixtures.connect(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, compound);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
