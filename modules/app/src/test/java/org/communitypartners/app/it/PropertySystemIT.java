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
}
