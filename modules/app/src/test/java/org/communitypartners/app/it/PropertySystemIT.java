package org.communitypartners.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
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

    // ---- Transparent ledger (一本账): three parties through REST, public verification, tenancy, the bulletin ----

    private static final String JINYUAN = "341181001001001";
    private static final String YONGFU = "341181001001";
    private static final String LEDGER_TAMPERED = "341181001001901";
    private static final String LEDGER_FENCED = "341181001001902";
    private static final String LEDGER_STORY = "341181001001903";
    private static final String LEDGER_COMPANY = "金园物业服务有限公司";

    /** The ledger's parties: the manager of the serving company, the compound's committee, the subdistrict's notary. */
    private void ledgerAccounts() throws SQLException {
        Fixtures.account("it.ledger.yongfu", "COMMUNITY_STAFF", YONGFU);
        Fixtures.account("it.ledger.manager", "PARTNER_STAFF", JINYUAN);
        Fixtures.account("it.ledger.committee", "OWNERS_COMMITTEE", JINYUAN);
        Fixtures.account("it.ledger.notary", "NOTARY", "341181001000");
        Fixtures.account("it.ledger.qianqiu", "NOTARY", "341181002000");
    }

    @Test
    void aQuarterIsDraftedReviewedAttestedAndPublishedByThreePartiesAndReadOnItsBulletin() throws Exception {
        ledgerAccounts();
        // A compound of its own: the demo's 金园华庭 already has two years of published quarters.
        long jinyuan = ledgerCompound(LEDGER_STORY, "IT 金园华庭北区");
        Fixtures.account("it.ledger.committee.903", "OWNERS_COMMITTEE", LEDGER_STORY);
        StaffClient manager = StaffClient.signedIn(base, "it.ledger.manager", Fixtures.PASSWORD);
        StaffClient committee = StaffClient.signedIn(base, "it.ledger.committee.903", Fixtures.PASSWORD);
        StaffClient notary = StaffClient.signedIn(base, "it.ledger.notary", Fixtures.PASSWORD);

        assertEquals(400, committee.postJson("api/v1/property/ledger/compounds/" + jinyuan + "/statements",
                "{\"quarter\":\"2026Q3\"}").statusCode(), "only the property company drafts");
        JsonObject draft = json(manager.postJson("api/v1/property/ledger/compounds/" + jinyuan + "/statements",
                "{\"quarter\":\"2026Q3\",\"openingBalance\":10000}"), 200);
        long statement = draft.getJsonNumber("id").longValue();
        String entries = "api/v1/property/ledger/statements/" + statement + "/entries";
        json(manager.postJson(entries, entry("2026-07-05", "PROPERTY_FEES", "86400.00", "金园华庭业主", "SF-2026-07")), 200);
        json(manager.postJson(entries, entry("2026-07-31", "PARKING", "12800.50", "小区停车场", "TC-2026-07")), 200);
        json(manager.postJson(entries, entry("2026-08-10", "CLEANING", "9000.00", "天长市洁美保洁服务部", "BJ-2026-08")), 200);
        JsonObject drafted = json(manager.postJson(entries,
                entry("2026-09-25", "STAFF", "42000.00", "物业服务中心员工", "GZ-2026-09")), 200);
        assertEquals(400, manager.postJson(entries, entry("2026-10-01", "STAFF", "1.00", "x", "v")).statusCode(),
                "a date outside the quarter");
        long cleaning = entryId(drafted, "BJ-2026-08");
        HttpResponse<String> script = manager.postJson("api/v1/property/ledger/entries/" + cleaning + "/attachments",
                "{\"fileName\":\"invoice.png\",\"content\":\"" + Base64.getEncoder().encodeToString(
                        "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)) + "\"}");
        assertEquals(400, script.statusCode(), "a voucher is checked by its bytes");
        JsonObject voucher = json(manager.postJson("api/v1/property/ledger/entries/" + cleaning + "/attachments",
                "{\"fileName\":\"发票.png\",\"content\":\"" + Base64.getEncoder().encodeToString(png()) + "\"}"), 200);
        assertEquals("image/png", voucher.getString("contentType"));

        JsonObject submitted = step(manager, statement, "SUBMIT", null, null, 200);
        String firstHash = submitted.getString("contentHash");
        assertEquals(400, step(manager, statement, "APPROVE", firstHash, null).statusCode(), "not the company's step");
        assertEquals(400, step(notary, statement, "ATTEST", firstHash, null).statusCode(), "not yet the notary's turn");
        assertEquals(400, step(committee, statement, "APPROVE", "0".repeat(64), null).statusCode(),
                "an approval names the hash it read");
        assertEquals(400, step(committee, statement, "RETURN", null, " ").statusCode(), "a return needs comments");
        JsonObject returned = step(committee, statement, "RETURN", null, "8 月保洁费按合同应扣减 200 元", 200);
        assertEquals("RETURNED", returned.getString("status"));
        assertEquals("8 月保洁费按合同应扣减 200 元", returned.getString("returnComment"));
        JsonObject cleaningRow = entryRow(returned, "BJ-2026-08");
        json(manager.putJson("api/v1/property/ledger/entries/" + cleaning, entry("2026-08-10", "CLEANING", "8800.00",
                "天长市洁美保洁服务部", "BJ-2026-08", cleaningRow.getJsonNumber("version").longValue())), 200);
        String secondHash = step(manager, statement, "SUBMIT", null, null, 200).getString("contentHash");
        assertNotEquals(firstHash, secondHash);
        HttpResponse<String> stale = step(committee, statement, "APPROVE", firstHash, null);
        assertEquals(400, stale.statusCode(), "the approval of the content before the change no longer matches");
        assertTrue(stale.body().contains("ledger.hashChanged"), stale.body());
        JsonObject reviewed = step(committee, statement, "APPROVE", secondHash, null, 200);
        assertEquals("it.ledger.committee.903", reviewed.getJsonObject("committee").getString("by"));
        assertEquals(secondHash, reviewed.getJsonObject("committee").getString("hash"));
        assertEquals(400, step(manager, statement, "PUBLISH", null, null).statusCode(), "not attested yet");
        assertEquals(400, step(committee, statement, "ATTEST", secondHash, null).statusCode());
        JsonObject attested = step(notary, statement, "ATTEST", secondHash, null, 200);
        assertEquals("it.ledger.notary", attested.getJsonObject("notary").getString("by"));
        JsonObject published = step(manager, statement, "PUBLISH", null, null, 200);
        assertEquals("PUBLISHED", published.getString("status"));
        assertEquals("58400.50", published.getJsonObject("totals").getJsonNumber("closing").bigDecimalValue()
                .setScale(2).toPlainString());
        assertEquals(published.getString("chainHead"), entryRow(published, "GZ-2026-09").getString("hash"));
        assertTrue(Fixtures.audit("it.ledger.notary", "property.ledger.attest").contains("SUCCESS|LedgerStatement|"
                + statement));
        assertTrue(Fixtures.audit("it.ledger.committee.903", "property.ledger.return").contains("SUCCESS|LedgerStatement|"
                + statement));

        HttpResponse<String> edit = manager.putJson("api/v1/property/ledger/entries/" + cleaning,
                entry("2026-08-10", "CLEANING", "1.00", "x", "BJ-2026-08", 0L));
        assertEquals(400, edit.statusCode(), "a published entry is never edited");
        assertTrue(edit.body().contains("ledger.entryPublished"), edit.body());

        StaffClient anyone = new StaffClient(base);
        JsonObject verified = json(anyone.get("ledger/verify.json?compound=" + LEDGER_STORY), 200);
        assertTrue(verified.getBoolean("passed"), verified.toString());
        assertEquals(4, verified.getInt("entriesChecked"));
        JsonObject export = json(anyone.get("ledger/export.json?compound=" + LEDGER_STORY + "&quarter=2026Q3"), 200);
        JsonObject quarter = export.getJsonArray("statements").getJsonObject(0);
        assertEquals(secondHash, quarter.getJsonObject("notaryAttestation").getString("hash"));
        assertEquals("8800.00", quarter.getJsonArray("entries").getJsonObject(2).getString("amount"));
        assertEquals(voucher.getString("sha256"), quarter.getJsonArray("entries").getJsonObject(2)
                .getJsonArray("attachments").getString(0));

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                base.resolve("ledger/bulletin.pdf?compound=" + LEDGER_STORY + "&quarter=2026Q3")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        String pdfText = new String(pdf.body(), StandardCharsets.ISO_8859_1);
        assertTrue(pdfText.startsWith("%PDF-") && pdfText.contains("/FontFile2"), "a PDF embedding its CJK font");
        Path screenshots = Path.of(System.getProperty("cp.screenshots", "target/screenshots"));
        Files.createDirectories(screenshots);
        Files.write(screenshots.resolve("ledger-05-bulletin.pdf"), pdf.body());

        try (Browser browser = new Browser(390, 844)) {
            browser.open(base.resolve("ledger/bulletin.xhtml?compound=" + LEDGER_STORY + "&quarter=2026Q3").toString());
            browser.until(d -> browser.pageText().contains("金园华庭"));
            String page = browser.pageText();
            assertTrue(page.contains("2026Q3") && page.contains("58,400.50") && page.contains("停车收益")
                    && page.contains(LEDGER_COMPANY), page);
            assertTrue(page.contains("it.ledger.committee.903") && page.contains("it.ledger.notary")
                    && page.contains(secondHash), "the three approvals with the hash they approved: " + page);
            assertTrue(page.contains("本季度物业费收缴率") && page.contains("本季度未开具物业费账单"),
                    "the fees' section of the bulletin, with no bills in the quarter: " + page);
            browser.screenshot("ledger-01-bulletin-phone");
            browser.click(By.id("verify:run"));
            browser.until(d -> browser.pageText().contains("核验通过"));
            browser.screenshot("ledger-02-bulletin-verified-phone");
            browser.resize(1280, 900);
            browser.open(base.resolve("ledger/bulletin.xhtml?compound=" + LEDGER_STORY).toString());
            browser.until(d -> browser.pageText().contains("三方确认"));
            browser.screenshot("ledger-03-bulletin-desktop");
            browser.signIn(base, "it.ledger.notary");
            browser.open(base.resolve("property/ledger.xhtml?compound=" + jinyuan).toString());
            browser.until(d -> browser.pageText().contains("已公布"));
            assertTrue(browser.pageText().contains("公证机构"));
            browser.screenshot("ledger-04-desk-notary");
        }
    }

    @Test
    void aPublishedEntryAlteredInTheDatabaseFailsPublicVerificationAtThatEntry() throws Exception {
        ledgerAccounts();
        long compound = ledgerCompound(LEDGER_TAMPERED, "IT 金园东区");
        publishedLedger(LEDGER_TAMPERED, "it.ledger.committee.901");
        StaffClient anyone = new StaffClient(base);
        assertTrue(json(anyone.get("ledger/verify.json?compound=" + LEDGER_TAMPERED), 200).getBoolean("passed"));
        try (Connection db = Fixtures.connect(); PreparedStatement update = db.prepareStatement(
                "UPDATE property_ledger_entry SET amount = amount + 100 WHERE compound_id = ? AND sequence_no = 2")) {
            update.setLong(1, compound);
            assertEquals(1, update.executeUpdate());
        }
        JsonObject check = json(anyone.get("ledger/verify.json?compound=" + LEDGER_TAMPERED), 200);
        assertFalse(check.getBoolean("passed"), check.toString());
        assertEquals("CONTENT", check.getString("reason"));
        assertEquals(2, check.getInt("sequence"));
        assertEquals(1, check.getInt("entriesChecked"));
        assertEquals(404, anyone.get("ledger/verify.json?compound=341181009009009").statusCode());
    }

    @Test
    void anotherSubdistrictsPartiesFindNeitherTheCompoundsLedgerNorItsStatements() throws Exception {
        ledgerAccounts();
        long compound = ledgerCompound(LEDGER_FENCED, "IT 金园西区");
        long statement = publishedLedger(LEDGER_FENCED, "it.ledger.committee.902");
        StaffClient outsider = StaffClient.signedIn(base, "it.ledger.qianqiu", Fixtures.PASSWORD);
        assertEquals(404, outsider.get("api/v1/property/ledger/compounds/" + compound).statusCode());
        assertEquals(404, outsider.get("api/v1/property/ledger/statements/" + statement).statusCode());
        assertEquals(404, step(outsider, statement, "RETURN", null, "越权退回").statusCode());
        assertTrue(Fixtures.audit("it.ledger.qianqiu", "access").contains("DENIED|LedgerStatement|" + statement));
        StaffClient neighbour = StaffClient.signedIn(base, "it.ledger.committee", Fixtures.PASSWORD);
        assertEquals(404, neighbour.get("api/v1/property/ledger/statements/" + statement).statusCode(),
                "金园华庭's committee has no standing at another compound");
        StaffClient qianqiuStaff = StaffClient.signedIn(base, "it.prop.qianqiu", Fixtures.PASSWORD);
        assertEquals(404, qianqiuStaff.get("api/v1/property/ledger/compounds/" + compound).statusCode());
        StaffClient notary = StaffClient.signedIn(base, "it.ledger.notary", Fixtures.PASSWORD);
        assertEquals("NOTARY", json(notary.get("api/v1/property/ledger/compounds/" + compound), 200)
                .getString("party"));
    }

    /** A fixture compound of 永福社区 served by the ledger company, created once; returns its id. */
    private long ledgerCompound(String code, String name) throws SQLException {
        long compound = Fixtures.unit(YONGFU, code, name, "COMPOUND");
        ledgerContract(compound);
        return compound;
    }

    /** A quarter 2026Q3 of three items taken through all three parties; returns the statement id. */
    private long publishedLedger(String code, String committeeName) throws Exception {
        long compound = Fixtures.unitId(code);
        Fixtures.account(committeeName, "OWNERS_COMMITTEE", code);
        StaffClient manager = StaffClient.signedIn(base, "it.ledger.manager", Fixtures.PASSWORD);
        StaffClient committee = StaffClient.signedIn(base, committeeName, Fixtures.PASSWORD);
        StaffClient notary = StaffClient.signedIn(base, "it.ledger.notary", Fixtures.PASSWORD);
        long statement = json(manager.postJson("api/v1/property/ledger/compounds/" + compound + "/statements",
                "{\"quarter\":\"2026Q3\",\"openingBalance\":0}"), 200).getJsonNumber("id").longValue();
        String entries = "api/v1/property/ledger/statements/" + statement + "/entries";
        json(manager.postJson(entries, entry("2026-07-06", "PROPERTY_FEES", "30000.00", "业主", "SF-1")), 200);
        json(manager.postJson(entries, entry("2026-08-01", "ADVERTISING", "4800.00", "电梯广告公司", "GG-1")), 200);
        json(manager.postJson(entries, entry("2026-09-02", "GREENING", "2500.00", "绿源园林", "LH-1")), 200);
        String hash = step(manager, statement, "SUBMIT", null, null, 200).getString("contentHash");
        step(committee, statement, "APPROVE", hash, null, 200);
        step(notary, statement, "ATTEST", hash, null, 200);
        step(manager, statement, "PUBLISH", null, null, 200);
        return statement;
    }

    /** The ledger company serves 永福社区, is bound to the manager's account, and holds the compound's contract. */
    private void ledgerContract(long compound) throws SQLException {
        StaffClient yongfu = StaffClient.signedIn(base, "it.ledger.yongfu", Fixtures.PASSWORD);
        String company = ledgerCompany(yongfu);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        HttpResponse<String> contract = yongfu.postJson("api/v1/property/compounds/" + compound + "/service",
                "{\"partnerId\":" + company + ",\"startsOn\":\"" + today.minusMonths(6) + "\",\"endsOn\":\""
                        + today.plusYears(2) + "\",\"serviceLevel\":\"公共区域每周至少清扫 2 次\",\"serviceGrade\":2}");
        assertEquals(200, contract.statusCode(), contract.body());
    }

    private String ledgerCompany(StaffClient yongfu) throws SQLException {
        try (Connection db = Fixtures.connect();
             PreparedStatement query = db.prepareStatement("SELECT id FROM partner WHERE name = ?")) {
            query.setString(1, LEDGER_COMPANY);
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    return String.valueOf(row.getLong(1));
                }
            }
        }
        long community = Fixtures.unitId(YONGFU);
        StaffClient admin = StaffClient.signedIn(base, "it.prop.admin", Fixtures.PASSWORD);
        String applied = yongfu.postJson("api/v1/partners", "{\"kind\":\"PROPERTY_COMPANY\",\"name\":\""
                + LEDGER_COMPANY + "\",\"creditCode\":\"91341181MA2P0R0L1B\",\"contactName\":\"陈经理\","
                + "\"contactPhone\":\"13811113333\",\"homeUnitId\":" + community + ",\"servedCommunityIds\":["
                + community + "]}").body();
        String id = field(applied, "id");
        String approved = yongfu.postJson("api/v1/partners/" + id + "/steps",
                "{\"step\":\"APPROVE\",\"reason\":\"材料齐全\",\"version\":" + field(applied, "version") + "}").body();
        admin.postJson("api/v1/partners/" + id + "/steps",
                "{\"step\":\"ACTIVATE\",\"reason\":\"签约\",\"version\":" + field(approved, "version") + "}");
        HttpResponse<String> bound = admin.postJson("api/v1/partners/" + id + "/staff",
                "{\"username\":\"it.ledger.manager\"}");
        assertEquals(200, bound.statusCode(), bound.body());
        return id;
    }

    private static String entry(String date, String category, String amount, String counterparty, String voucher) {
        return "{\"date\":\"" + date + "\",\"category\":\"" + category + "\",\"amount\":" + amount
                + ",\"counterparty\":\"" + counterparty + "\",\"voucher\":\"" + voucher + "\",\"summary\":\"\"}";
    }

    private static String entry(String date, String category, String amount, String counterparty, String voucher,
                                long version) {
        return entry(date, category, amount, counterparty, voucher).replace("}", ",\"version\":" + version + "}");
    }

    private static HttpResponse<String> step(StaffClient client, long statement, String step, String hash,
                                             String comment) {
        return client.postJson("api/v1/property/ledger/statements/" + statement + "/steps", "{\"step\":\"" + step
                + "\"" + (hash == null ? "" : ",\"contentHash\":\"" + hash + "\"")
                + (comment == null ? "" : ",\"comment\":\"" + comment + "\"") + "}");
    }

    private static JsonObject step(StaffClient client, long statement, String step, String hash, String comment,
                                   int expected) {
        return json(step(client, statement, step, hash, comment), expected);
    }

    private static JsonObject json(HttpResponse<String> response, int expected) {
        assertEquals(expected, response.statusCode(), response.body());
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static JsonObject entryRow(JsonObject statement, String voucher) {
        return statement.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("voucher").equals(voucher)).findFirst().orElseThrow();
    }

    private static long entryId(JsonObject statement, String voucher) {
        return entryRow(statement, voucher).getJsonNumber("id").longValue();
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
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

    // Owner votes (业主共同决定, Civil Code art. 278) and owner accounts bound to units.

    private static final String VOTE_COMPOUND = "341181001002093";
    private static final String PHONE_COMPOUND = "341181001002094";

    private void voteFixtures() throws SQLException {
        Fixtures.unit(TIANFU, VOTE_COMPOUND, "表决测试小区", "COMPOUND");
        Fixtures.unit(TIANFU, PHONE_COMPOUND, "表决手机小区", "COMPOUND");
        Fixtures.account("it.vote.committee", "OWNERS_COMMITTEE", VOTE_COMPOUND);
        Fixtures.account("it.vote.owner", "OWNER", VOTE_COMPOUND);
        Fixtures.account("it.vote.notary", "NOTARY", "341181001000");
        Fixtures.account("it.vote.phone", "OWNER", PHONE_COMPOUND);
        Fixtures.account("it.vote.phonecommittee", "OWNERS_COMMITTEE", PHONE_COMPOUND);
    }

    /** A unit with an owner (or none when idNumber is null) in a new or existing building; returns the unit id. */
    private static String voteUnit(StaffClient staff, String buildingId, String number, String area, String owner,
                                   String idNumber) {
        HttpResponse<String> unit = staff.postJson("api/v1/property/buildings/" + buildingId + "/units",
                "{\"unitNumber\":\"" + number + "\",\"exclusiveArea\":" + area + "}");
        assertEquals(200, unit.statusCode(), unit.body());
        String unitId = field(unit.body(), "id");
        if (idNumber != null) {
            HttpResponse<String> added = staff.postJson("api/v1/property/units/" + unitId + "/owners",
                    "{\"name\":\"" + owner + "\",\"idNumber\":\"" + idNumber + "\",\"sharePercent\":100}");
            assertEquals(200, added.statusCode(), added.body());
        }
        return unitId;
    }

    private static String voteBuilding(StaffClient staff, long compound, String number) {
        HttpResponse<String> building = staff.postJson("api/v1/property/compounds/" + compound + "/buildings",
                "{\"number\":\"" + number + "\",\"floors\":6}");
        assertEquals(200, building.statusCode(), building.body());
        return field(building.body(), "id");
    }

    private static String scanPng() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", png);
        return Base64.getEncoder().encodeToString(png.toByteArray());
    }

    @Test
    void ownersVoteOnlineAndOnPaperAndTheTallyStatesTheFourRatios() throws SQLException, IOException {
        voteFixtures();
        long compound = Fixtures.unitId(VOTE_COMPOUND);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        StaffClient staff = StaffClient.signedIn(base, "it.prop.tianfu", Fixtures.PASSWORD);
        String v1 = voteBuilding(staff, compound, "V1");
        String v2 = voteBuilding(staff, compound, "V2");
        // 谢 owns 101 and 102 (one head), 李 owns 103, the developer still holds 201: 3 heads, 400.00 m².
        String u101 = voteUnit(staff, v1, "101", "100.00", "谢学东", ID_NUMBER);
        String u102 = voteUnit(staff, v1, "102", "100.00", "谢学东", ID_NUMBER);
        String u103 = voteUnit(staff, v1, "103", "50.00", "李阿姨", "320102198511030420");
        String u201 = voteUnit(staff, v2, "201", "150.00", null, null);
        assertEquals(200, staff.putJson("api/v1/property/votes/developer-units/" + u201, "").statusCode());

        HttpResponse<String> notOwner = staff.postJson("api/v1/property/votes/owner-accounts",
                "{\"username\":\"it.vote.committee\",\"unitId\":" + u101 + "}");
        assertEquals(400, notOwner.statusCode(), "only an owner account of the compound can be bound");
        for (String unit : new String[] {u101, u102}) {
            HttpResponse<String> bound = staff.postJson("api/v1/property/votes/owner-accounts",
                    "{\"username\":\"it.vote.owner\",\"unitId\":" + unit + "}");
            assertEquals(200, bound.statusCode(), bound.body());
        }

        StaffClient committee = StaffClient.signedIn(base, "it.vote.committee", Fixtures.PASSWORD);
        HttpResponse<String> created = committee.postJson("api/v1/property/votes", "{\"compoundId\":" + compound
                + ",\"matter\":\"COMMON_PARTS_USE\",\"question\":\"是否同意将地面车位出租收益用于加装电梯\","
                + "\"secret\":false,\"startsOn\":\"" + today + "\",\"endsOn\":\"" + today + "\"}");
        assertEquals(200, created.statusCode(), created.body());
        assertTrue(created.body().contains("\"qualifiedMajority\":true") && created.body().contains("\"matterItem\":8"));
        String vote = field(created.body(), "id");
        assertEquals(400, committee.get("api/v1/property/votes/" + vote + "/tally").statusCode(), "no tally before opening");

        HttpResponse<String> opened = committee.postJson("api/v1/property/votes/" + vote + "/open", "");
        assertEquals(200, opened.statusCode(), opened.body());
        assertTrue(opened.body().contains("\"electorUnits\":4") && opened.body().contains("\"totalArea\":400.00")
                && opened.body().contains("\"totalHeads\":3"), opened.body());
        voteUnit(staff, v1, "104", "80.00", "王大爷", "341181199001011259");
        String unmoved = committee.get("api/v1/property/votes/" + vote + "/tally").body();
        assertTrue(unmoved.contains("\"totalArea\":400.00") && unmoved.contains("\"totalHeads\":3"),
                "a unit registered after opening does not join the vote: " + unmoved);

        StaffClient owner = StaffClient.signedIn(base, "it.vote.owner", Fixtures.PASSWORD);
        String mine = owner.get("api/v1/property/votes/mine").body();
        assertTrue(mine.contains("是否同意将地面车位") && mine.contains("\"unitNumber\":\"101\"")
                && mine.contains("\"unitNumber\":\"102\"") && !mine.contains("\"unitNumber\":\"103\""), mine);
        assertEquals(200, owner.postJson("api/v1/property/votes/" + vote + "/ballots",
                "{\"unitId\":" + u101 + ",\"choice\":\"AGAINST\"}").statusCode());
        HttpResponse<String> changed = owner.postJson("api/v1/property/votes/" + vote + "/ballots",
                "{\"unitId\":" + u101 + ",\"choice\":\"FOR\"}");
        assertEquals(200, changed.statusCode(), changed.body());
        assertTrue(changed.body().contains("\"choice\":\"FOR\""), changed.body());
        assertEquals(200, owner.postJson("api/v1/property/votes/" + vote + "/ballots",
                "{\"unitId\":" + u102 + ",\"choice\":\"FOR\"}").statusCode());
        assertEquals(404, owner.postJson("api/v1/property/votes/" + vote + "/ballots",
                "{\"unitId\":" + u103 + ",\"choice\":\"FOR\"}").statusCode(), "an owner votes only for their units");
        assertEquals(404, owner.get("api/v1/property/votes/" + vote + "/tally").statusCode(), "owners use their own page");

        HttpResponse<String> notAScan = committee.postJson("api/v1/property/votes/" + vote + "/paper-ballots",
                "{\"unitId\":" + u201 + ",\"choice\":\"FOR\",\"scan\":\""
                        + Base64.getEncoder().encodeToString("<html>ballot</html>".getBytes(StandardCharsets.UTF_8)) + "\"}");
        assertEquals(400, notAScan.statusCode(), notAScan.body());
        assertTrue(notAScan.body().contains("PDF"), notAScan.body());
        for (String[] paper : new String[][] {{u201, "FOR"}, {u103, "AGAINST"}}) {
            HttpResponse<String> entered = committee.postJson("api/v1/property/votes/" + vote + "/paper-ballots",
                    "{\"unitId\":" + paper[0] + ",\"choice\":\"" + paper[1] + "\",\"scan\":\"" + scanPng() + "\"}");
            assertEquals(200, entered.statusCode(), entered.body());
        }
        String history = committee.get("api/v1/property/votes/" + vote + "/electors/" + u101 + "/ballots").body();
        assertTrue(history.matches("(?s)\\[\\{[^}]*\"choice\":\"FOR\"[^}]*\"counts\":true.*\"choice\":\"AGAINST\"[^}]*\"counts\":false.*"),
                "the last ballot counts and the earlier one is kept: " + history);
        String paperHistory = committee.get("api/v1/property/votes/" + vote + "/electors/" + u201 + "/ballots").body();
        assertTrue(paperHistory.contains("\"channel\":\"PAPER\"") && paperHistory.contains("\"castBy\":\"it.vote.committee\""),
                paperHistory);
        HttpResponse<String> scan = committee.get("api/v1/property/votes/" + vote + "/scans/" + field(paperHistory, "scanId"));
        assertEquals(200, scan.statusCode());

        HttpResponse<String> closed = committee.postJson("api/v1/property/votes/" + vote + "/close", "");
        assertEquals(200, closed.statusCode(), closed.body());
        assertTrue(closed.body().contains("\"status\":\"CLOSED\"") && closed.body().contains("\"passed\":false"));
        assertEquals(400, owner.postJson("api/v1/property/votes/" + vote + "/ballots",
                "{\"unitId\":" + u101 + ",\"choice\":\"AGAINST\"}").statusCode(), "no ballot after closing");

        String tally = committee.get("api/v1/property/votes/" + vote + "/tally").body();
        assertRatio(tally, "PARTICIPATION_AREA", "400.00/400.00", "100.00", "≥ 2/3", true);
        assertRatio(tally, "PARTICIPATION_HEADS", "3/3", "100.00", "≥ 2/3", true);
        assertRatio(tally, "AGREEMENT_AREA", "350.00/400.00", "87.50", "≥ 3/4", true);
        assertRatio(tally, "AGREEMENT_HEADS", "2/3", "66.66", "≥ 3/4", false);
        assertTrue(tally.contains("\"failed\":[\"AGREEMENT_HEADS\"]") && tally.contains("\"passed\":false"), tally);
        String v2Count = objectWith(tally, "\"buildingNumber\":\"V2\"");
        assertTrue(v2Count.contains("\"area\":150.00") && v2Count.contains("\"votedUnits\":1")
                && v2Count.contains("\"forUnits\":1"), v2Count);

        assertEquals(404, committee.postJson("api/v1/property/votes/" + vote + "/cosign", "").statusCode(),
                "only a notary co-signs");
        StaffClient notary = StaffClient.signedIn(base, "it.vote.notary", Fixtures.PASSWORD);
        HttpResponse<String> cosigned = notary.postJson("api/v1/property/votes/" + vote + "/cosign", "");
        assertEquals(200, cosigned.statusCode(), cosigned.body());
        assertTrue(cosigned.body().contains("\"cosignedBy\":\"it.vote.notary\""), cosigned.body());
        assertTrue(Fixtures.audit("it.vote.owner", "property.vote.ballot").size() >= 3);
        assertTrue(Fixtures.audit("it.vote.notary", "property.vote.cosign").contains("SUCCESS|OwnerVote|" + vote));

        String openapi = staff.get("/openapi").body();
        assertTrue(openapi.contains("/property/votes/owner-accounts") && openapi.contains("/tally"), "documented in /openapi");

        StaffClient elsewhere = StaffClient.signedIn(base, "it.prop.qianqiu", Fixtures.PASSWORD);
        assertEquals(404, elsewhere.get("api/v1/property/votes/" + vote).statusCode());
        assertEquals(404, elsewhere.get("api/v1/property/votes/" + vote + "/tally").statusCode());
        assertEquals(404, elsewhere.get("api/v1/property/votes?compound=" + compound).statusCode());
        assertEquals(404, elsewhere.postJson("api/v1/property/votes", "{\"compoundId\":" + compound
                + ",\"matter\":\"REBUILDING\",\"question\":\"越权发起的表决\",\"startsOn\":\"" + today
                + "\",\"endsOn\":\"" + today + "\"}").statusCode());
        assertEquals(404, elsewhere.putJson("api/v1/property/votes/developer-units/" + u103, "").statusCode());
    }

    @Test
    void anOwnerVotesOnThePhoneAndTheCommitteeSeesTheTally() throws SQLException, IOException {
        voteFixtures();
        long compound = Fixtures.unitId(PHONE_COMPOUND);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        StaffClient staff = StaffClient.signedIn(base, "it.prop.tianfu", Fixtures.PASSWORD);
        String building = voteBuilding(staff, compound, "5");
        String mine = voteUnit(staff, building, "502", "96.40", "谢学东", ID_NUMBER);
        String neighbour = voteUnit(staff, building, "503", "88.10", "李阿姨", "320102198511030420");
        assertEquals(200, staff.postJson("api/v1/property/votes/owner-accounts",
                "{\"username\":\"it.vote.phone\",\"unitId\":" + mine + "}").statusCode());
        StaffClient committee = StaffClient.signedIn(base, "it.vote.phonecommittee", Fixtures.PASSWORD);
        String vote = field(committee.postJson("api/v1/property/votes", "{\"compoundId\":" + compound
                + ",\"matter\":\"MAINTENANCE_FUND_USE\",\"question\":\"是否同意使用维修资金更换 5 号楼屋面防水\","
                + "\"secret\":true,\"startsOn\":\"" + today + "\",\"endsOn\":\"" + today.plusDays(7) + "\"}").body(), "id");
        assertEquals(200, committee.postJson("api/v1/property/votes/" + vote + "/open", "").statusCode());

        try (Browser browser = new Browser(390, 844)) {
            browser.signIn(base, "it.vote.phone");
            browser.open(base.resolve("property/ballot.xhtml").toString());
            browser.until(d -> browser.pageText().contains("屋面防水"));
            assertTrue(browser.pageText().contains("5-502") && !browser.pageText().contains("5-503"));
            assertTrue(browser.pageText().contains("尚未投票"));
            browser.screenshot("property-votes-01-owner-phone");
            browser.click(By.xpath("//button[normalize-space(.)='同意']"));
            browser.until(d -> browser.pageText().contains("当前选择：同意"));
            assertTrue(browser.pageText().contains("已为 5-502 投票：同意"));
            browser.screenshot("property-votes-02-owner-voted");
        }
        String tally = committee.get("api/v1/property/votes/" + vote + "/tally").body();
        assertTrue(tally.contains("\"fraction\":\"96.40/184.50\"") && tally.contains("\"fraction\":\"1/2\""), tally);
        assertFalse(tally.contains("\"forUnits\""), "a secret vote shows no choices by building: " + tally);
        String electors = committee.get("api/v1/property/votes/" + vote + "/electors").body();
        assertTrue(electors.contains("\"voted\":true") && !electors.contains("\"choice\":\"FOR\""),
                "a secret vote shows who took part, never what they chose: " + electors);

        try (Browser browser = new Browser(390, 844)) {
            browser.signIn(base, "it.vote.phonecommittee");
            browser.open(base.resolve("property/votes.xhtml?compound=" + compound).toString());
            browser.until(d -> browser.pageText().contains("屋面防水"));
            browser.click(By.xpath("//a[contains(normalize-space(.),'屋面防水')]"));
            browser.until(d -> browser.pageText().contains("计票结果"));
            assertTrue(browser.pageText().contains("96.40/184.50") && browser.pageText().contains("52.24%"));
            assertTrue(browser.pageText().contains("不记名投票"));
            browser.resize(390, 2600);
            browser.screenshot("property-votes-03-committee-tally-phone");
        }

        Path scan = Files.createTempFile("paper-ballot", ".png");
        Files.write(scan, Base64.getDecoder().decode(scanPng()));
        try (Browser browser = new Browser(1280, 1600)) {
            browser.signIn(base, "it.prop.tianfu");
            browser.open(base.resolve("property/votes.xhtml?compound=" + compound).toString());
            browser.click(By.xpath("//a[contains(normalize-space(.),'屋面防水')]"));
            browser.until(d -> browser.pageText().contains("503"));
            browser.click(By.xpath("//tr[td[contains(normalize-space(.),'503')]]//button[contains(@id,'paper')]"));
            browser.find(By.id("paper:scan")).sendKeys(scan.toString());
            browser.click(By.xpath("//label[normalize-space(.)='反对']"));
            browser.click(By.id("paper:enter"));
            browser.until(d -> browser.pageText().contains("5-503 的纸质表决票已录入"));
            assertTrue(browser.pageText().contains("184.50/184.50"), "both units have voted now");
            browser.screenshot("property-votes-04-staff-paper-ballot");
        } finally {
            Files.delete(scan);
        }
        String history = committee.get("api/v1/property/votes/" + vote + "/electors/" + neighbour + "/ballots").body();
        assertTrue(history.contains("\"channel\":\"PAPER\"") && history.contains("\"castBy\":\"it.prop.tianfu\"")
                && !history.contains("\"choice\""), "the paper ballot and who entered it, without the choice: " + history);
    }

    /** The one flat JSON object of a response that contains the marker. */
    private static String objectWith(String json, String marker) {
        int at = json.indexOf(marker);
        assertTrue(at >= 0, marker + " in " + json);
        return json.substring(json.lastIndexOf('{', at), json.indexOf('}', at) + 1);
    }

    private static void assertRatio(String tally, String condition, String fraction, String percent, String threshold,
                                    boolean met) {
        String ratio = objectWith(tally, "\"condition\":\"" + condition + "\"");
        assertTrue(ratio.contains("\"fraction\":\"" + fraction + "\"") && ratio.contains("\"percent\":" + percent)
                && ratio.contains("\"threshold\":\"" + threshold + "\"") && ratio.contains("\"met\":" + met), ratio);
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
                "{\"buildingId\":" + one + ",\"photoBase64\":\"" + Base64.getEncoder().encodeToString(png()) + "\"}");
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
