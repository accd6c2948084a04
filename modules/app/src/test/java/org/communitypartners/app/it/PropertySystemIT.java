package org.communitypartners.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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

    // Owner votes (业主共同决定, Civil Code art. 278) and owner accounts bound to units.

    private static final String VOTE_COMPOUND = "341181001002091";
    private static final String PHONE_COMPOUND = "341181001002092";

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
}
