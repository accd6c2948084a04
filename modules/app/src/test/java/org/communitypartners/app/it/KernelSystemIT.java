package org.communitypartners.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
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
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.communitypartners.app.it.probe.ProbeModule;
import org.communitypartners.app.it.probe.ProbeResource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The kernel on Payara Micro against the real MariaDB, through HTTP and a real browser: one
 * deployment of the built WAR (plus a test-only "probe" module) for the whole suite.
 */
@ExtendWith(ArquillianExtension.class)
class KernelSystemIT {
    private static final String GUANGLING = "341181001000";
    private static final String TIANFU = "341181001002";
    private static final String QIANQIU = "341181002000";
    private static final String QIANQIU_COMMUNITY = "341181002001";
    private static final String DEMO_PASSWORD = "Guangling@2026";

    @ArquillianResource
    URL deployed;

    private URI base;

    @Deployment(testable = false)
    static WebArchive product() {
        JavaArchive probe = ShrinkWrap.create(JavaArchive.class, "probe-module.jar")
                .addClasses(ProbeModule.class, ProbeResource.class)
                .addAsResource("org/communitypartners/app/it/probe/messages_zh_CN.properties")
                .addAsResource("org/communitypartners/app/it/probe/messages_en.properties")
                .addAsResource(new StringAsset(
                        "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>pong</body></html>"),
                        "META-INF/resources/probe/ping.xhtml")
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("cp.war")))
                .addAsLibrary(probe);
    }

    @BeforeEach
    void fixtures() throws SQLException, URISyntaxException {
        base = deployed.toURI();
        Fixtures.unit("341181000000", QIANQIU, "千秋街道", "SUBDISTRICT");
        Fixtures.unit(QIANQIU, QIANQIU_COMMUNITY, "千秋社区", "COMMUNITY");
        Fixtures.account("it.tianfu", "COMMUNITY_STAFF", TIANFU);
        Fixtures.account("it.qianqiu", "COMMUNITY_STAFF", QIANQIU_COMMUNITY);
        Fixtures.account("it.guangling.admin", "SUBDISTRICT_ADMIN", GUANGLING);
        Fixtures.account("it.sysadmin", "SYSTEM_ADMIN", "341181000000");
        Fixtures.account("it.auditor", "AUDITOR", "341181000000");
    }

    @Test
    void seededAccountMustChooseItsOwnPasswordBeforeAnythingElse() {
        StaffClient staff = StaffClient.signedIn(base, "yongfu.staff", DEMO_PASSWORD);

        HttpResponse<String> home = staff.get("index.xhtml");
        assertEquals(302, home.statusCode());
        assertTrue(home.headers().firstValue("Location").orElseThrow().endsWith("/account/password.xhtml"));

        HttpResponse<String> tooSimple = staff.changePassword(DEMO_PASSWORD, "simplepassword");
        assertEquals(200, tooSimple.statusCode());
        assertTrue(tooSimple.body().contains("至少"), "the policy explains itself in Chinese");

        HttpResponse<String> changed = staff.changePassword(DEMO_PASSWORD, "Yongfu#2027");
        assertEquals(302, changed.statusCode());
        HttpResponse<String> homeAfter = staff.get("index.xhtml");
        assertEquals(200, homeAfter.statusCode());
        assertTrue(homeAfter.body().contains("永福社区"), "the workbench names the granted community");

        assertEquals(200, new StaffClient(base).signIn("yongfu.staff", DEMO_PASSWORD).statusCode(),
                "the one-time password no longer signs in");
        assertEquals(302, new StaffClient(base).signIn("yongfu.staff", "Yongfu#2027").statusCode());
    }

    @Test
    void signingInLeadsBackToThePageThatAskedForIt() {
        StaffClient admin = new StaffClient(base);
        HttpResponse<String> asked = admin.get("admin/users.xhtml?q=1");
        assertEquals(302, asked.statusCode());
        assertTrue(asked.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml"));

        HttpResponse<String> signedIn = admin.signIn("it.guangling.admin", Fixtures.PASSWORD);

        assertEquals(302, signedIn.statusCode());
        assertTrue(signedIn.headers().firstValue("Location").orElseThrow().endsWith("/admin/users.xhtml?q=1"));
        assertEquals(200, admin.get("admin/users.xhtml").statusCode());
        assertEquals(401, new StaffClient(base).get("api/v1/modules").statusCode(), "REST asks for sign-in, no redirect");
    }

    @Test
    void aPasswordResetEndsTheSessionsSignedInWithTheOldPassword() throws SQLException {
        Fixtures.account("it.reset", "COMMUNITY_STAFF", TIANFU);
        StaffClient staff = StaffClient.signedIn(base, "it.reset", Fixtures.PASSWORD);
        assertEquals(200, staff.get("index.xhtml").statusCode());

        Fixtures.setPassword("it.reset", "Reset-by-admin1");

        assertEquals(302, staff.get("index.xhtml").statusCode(), "the old session is over");
        assertEquals(401, staff.get("api/v1/modules").statusCode());
        assertEquals(302, new StaffClient(base).signIn("it.reset", "Reset-by-admin1").statusCode());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() throws SQLException {
        Fixtures.account("it.lockout", "COMMUNITY_STAFF", TIANFU);
        StaffClient stranger = new StaffClient(base);
        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpResponse<String> refused = stranger.signIn("it.lockout", "Wrong-guess-" + attempt);
            assertEquals(200, refused.statusCode(), "attempt " + attempt + " is refused");
        }

        HttpResponse<String> locked = stranger.signIn("it.lockout", Fixtures.PASSWORD);

        assertEquals(200, locked.statusCode(), "the right password is refused while locked");
        assertTrue(locked.body().contains("锁定"), "the page says the account is locked");
        assertEquals(1, Fixtures.audit("it.lockout", "login.lockout").size());
        assertTrue(Fixtures.audit("it.lockout", "login").get(0).startsWith("DENIED|UserAccount|"));
    }

    @Test
    void communityStaffCannotReadOrChangeAnotherSubdistrictsUnitById() throws SQLException {
        long foreign = Fixtures.unitId(QIANQIU_COMMUNITY);
        long own = Fixtures.unitId(TIANFU);
        StaffClient tianfu = StaffClient.signedIn(base, "it.tianfu", Fixtures.PASSWORD);

        assertEquals(200, tianfu.get("api/v1/org-units/" + own).statusCode());
        HttpResponse<String> read = tianfu.get("api/v1/org-units/" + foreign);
        HttpResponse<String> change = tianfu.putJson("api/v1/org-units/" + foreign,
                "{\"name\":\"被篡改\",\"version\":0}");
        HttpResponse<String> missing = tianfu.get("api/v1/org-units/999999");

        assertEquals(404, read.statusCode());
        assertEquals(404, change.statusCode());
        assertEquals(404, tianfu.postJson("api/v1/org-units/" + foreign + "/move",
                "{\"parentId\":" + own + ",\"code\":\"341181001002901\"}").statusCode());
        assertEquals(missing.body(), read.body(), "a foreign id answers exactly like a missing one");
        assertEquals("千秋社区", Fixtures.orgUnitName(foreign), "nothing changed");
        assertTrue(Fixtures.audit("it.tianfu", "access").contains("DENIED|OrgUnit|" + foreign));
    }

    @Test
    void movedCommunityTakesItsCompoundsAndTheirCodesAlong() throws SQLException {
        long community = Fixtures.unit(GUANGLING, "341181001090", "搬迁社区", "COMMUNITY");
        long compound = Fixtures.unit("341181001090", "341181001090001", "搬迁小区", "COMPOUND");
        StaffClient sysadmin = StaffClient.signedIn(base, "it.sysadmin", Fixtures.PASSWORD);

        HttpResponse<String> moved = sysadmin.postJson("api/v1/org-units/" + community + "/move",
                "{\"parentId\":" + Fixtures.unitId(QIANQIU) + ",\"code\":\"341181002090\"}");

        assertEquals(200, moved.statusCode(), moved.body());
        assertEquals(community, Fixtures.unitId("341181002090"));
        assertEquals(compound, Fixtures.unitId("341181002090001"), "the compound's code follows its community");
        assertTrue(sysadmin.get("api/v1/org-units/" + compound).body().contains("/" + community + "/" + compound + "/"));
        assertEquals(404, StaffClient.signedIn(base, "it.guangling.admin", Fixtures.PASSWORD).get(
                "api/v1/org-units/" + compound).statusCode(), "it left the Guangling administrator's subtree");
    }

    @Test
    void foreignIdInAPageUrlAnswersNotFound() throws SQLException {
        long foreign = Fixtures.unitId(QIANQIU_COMMUNITY);
        long own = Fixtures.unitId(TIANFU);
        StaffClient admin = StaffClient.signedIn(base, "it.guangling.admin", Fixtures.PASSWORD);

        assertEquals(200, admin.get("admin/org-tree.xhtml?unit=" + own).statusCode());
        assertEquals(404, admin.get("admin/org-tree.xhtml?unit=" + foreign).statusCode());
        assertEquals(404, StaffClient.signedIn(base, "it.tianfu", Fixtures.PASSWORD).get("admin/org-tree.xhtml")
                .statusCode(), "a page the role may not open looks missing too");
    }

    @Test
    void switchedOffModuleHasNoMenuNoPagesAndNoApiInThatSubdistrictOnly() throws SQLException {
        long guangling = Fixtures.unitId(GUANGLING);
        long qianqiu = Fixtures.unitId(QIANQIU);
        StaffClient admin = StaffClient.signedIn(base, "it.guangling.admin", Fixtures.PASSWORD);
        StaffClient tianfu = StaffClient.signedIn(base, "it.tianfu", Fixtures.PASSWORD);
        StaffClient elsewhere = StaffClient.signedIn(base, "it.qianqiu", Fixtures.PASSWORD);
        assertEquals(200, tianfu.get("api/v1/probe/ping").statusCode());
        assertTrue(tianfu.get("index.xhtml").body().contains("探针模块"));

        try {
            assertEquals(200, admin.putJson("api/v1/module-switches/" + guangling + "/probe", "{\"enabled\":false}")
                    .statusCode());

            assertEquals(404, tianfu.get("api/v1/probe/ping").statusCode());
            assertEquals(404, tianfu.get("probe/ping.xhtml").statusCode());
            assertFalse(tianfu.get("api/v1/modules").body().contains("\"probe\""));
            assertFalse(tianfu.get("index.xhtml").body().contains("探针模块"), "no menu entry, no mention");
            assertEquals(200, elsewhere.get("api/v1/probe/ping").statusCode(), "other subdistricts keep it");
            assertEquals(404, admin.putJson("api/v1/module-switches/" + qianqiu + "/probe", "{\"enabled\":false}")
                    .statusCode(), "an admin cannot switch another subdistrict");
            assertTrue(Fixtures.audit("it.guangling.admin", "module.off").contains("SUCCESS|Module|probe"));
            assertTrue(Fixtures.audit("it.tianfu", "module.use").stream().allMatch(r -> r.startsWith("DENIED|")));
        } finally {
            admin.putJson("api/v1/module-switches/" + guangling + "/probe", "{\"enabled\":true}");
        }
        assertEquals(200, tianfu.get("api/v1/probe/ping").statusCode(), "back on without a restart");
    }

    @Test
    void badInputIsRefusedWithReasonsInChineseAndEnglish() throws SQLException {
        long own = Fixtures.unitId(TIANFU);
        StaffClient admin = StaffClient.signedIn(base, "it.guangling.admin", Fixtures.PASSWORD);

        String version = versionIn(admin.get("api/v1/org-units/" + own).body());

        HttpResponse<String> blank = admin.putJson("api/v1/org-units/" + own,
                "{\"name\":\"\",\"version\":" + version + "}");
        HttpResponse<String> halfCoordinates = admin.putJson("api/v1/org-units/" + own,
                "{\"name\":\"天福社区\",\"latitude\":32.7,\"version\":" + version + "}");
        HttpResponse<String> stale = admin.putJson("api/v1/org-units/" + own,
                "{\"name\":\"天福社区\",\"version\":" + (Long.parseLong(version) - 1) + "}");

        assertEquals(400, blank.statusCode());
        assertEquals(400, halfCoordinates.statusCode());
        assertTrue(halfCoordinates.body().contains("经度和纬度须同时填写"), halfCoordinates.body());
        assertTrue(halfCoordinates.body().contains("Give both latitude and longitude"), halfCoordinates.body());
        assertEquals(409, stale.statusCode(), "an edit of an outdated copy is refused, not lost");
    }

    private static String versionIn(String json) {
        Matcher version = Pattern.compile("\"version\":(\\d+)").matcher(json);
        assertTrue(version.find(), json);
        return version.group(1);
    }

    @Test
    void auditorReadsTheAuditLogAndNobodyElseDoes() {
        StaffClient auditor = StaffClient.signedIn(base, "it.auditor", Fixtures.PASSWORD);
        HttpResponse<String> log = auditor.get("audit/log.xhtml");
        assertEquals(200, log.statusCode());
        assertTrue(log.body().contains("it.auditor"), "the auditor's own sign-in is listed");

        assertEquals(404, StaffClient.signedIn(base, "it.tianfu", Fixtures.PASSWORD).get("audit/log.xhtml").statusCode());
    }

    @Test
    void auditEntriesPastRetentionGoToAnArchiveFileNotToNothing() throws SQLException, IOException {
        long oldId;
        try (Connection db = Fixtures.connect(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO audit_entry (occurred_at, actor, action, result, detail) "
                        + "VALUES ('2020-01-01 08:00:00', 'it.history', 'org.update', 'SUCCESS', 'seven years ago')",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.executeUpdate();
            ResultSet keys = insert.getGeneratedKeys();
            keys.next();
            oldId = keys.getLong(1);
        }
        StaffClient sysadmin = StaffClient.signedIn(base, "it.sysadmin", Fixtures.PASSWORD);

        HttpResponse<String> archived = sysadmin.postJson("api/v1/audit/archive", "{}");

        assertEquals(200, archived.statusCode(), archived.body());
        assertTrue(Fixtures.audit("it.history", "org.update").isEmpty(), "the row left the table");
        assertTrue(archiveContains("\"id\":" + oldId), "and is in an archive file");
        assertEquals(404, StaffClient.signedIn(base, "it.tianfu", Fixtures.PASSWORD)
                .postJson("api/v1/audit/archive", "{}").statusCode());
    }

    @Test
    void auditEntriesCannotBeChangedOrDeletedEvenDirectlyInTheDatabase() throws SQLException {
        try (Connection db = Fixtures.connect(); Statement sql = db.createStatement()) {
            sql.executeUpdate("INSERT INTO audit_entry (occurred_at, actor, action, result) "
                    + "VALUES (CURRENT_TIMESTAMP, 'it.tamper', 'probe', 'SUCCESS')");

            SQLException update = assertThrows(SQLException.class,
                    () -> sql.executeUpdate("UPDATE audit_entry SET detail = 'rewritten' WHERE actor = 'it.tamper'"));
            SQLException delete = assertThrows(SQLException.class,
                    () -> sql.executeUpdate("DELETE FROM audit_entry WHERE actor = 'it.tamper'"));

            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            assertTrue(delete.getMessage().contains("archive"), delete.getMessage());
        }
        assertEquals(List.of("SUCCESS|null|null"), Fixtures.audit("it.tamper", "probe"));
    }

    @Test
    void healthOpenApiAndMetricsAnswer() {
        StaffClient anyone = new StaffClient(base);
        // Health, OpenAPI and metrics belong to the server, not to the application's context root.
        HttpResponse<String> ready = anyone.get("/health/ready");
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("MariaDB") || ready.body().contains("MySQL"), ready.body());
        assertTrue(anyone.get("/openapi").body().contains("/org-units/{id}"));
        assertEquals(200, anyone.get("/metrics").statusCode());
        assertEquals(401, anyone.get("api/v1/org-units/1").statusCode());
    }

    @Test
    void subdistrictAdminWorksInTheBrowserInBothLanguages() throws IOException {
        String compoundCode = "341181001002" + String.format("%03d", 100 + (System.currentTimeMillis() % 800));
        try (Browser browser = new Browser(1280, 900)) {
            browser.open(base.resolve("login.xhtml").toString());
            browser.click(By.id("language:toggle"));
            browser.until(d -> browser.pageText().contains("Sign in"));
            browser.screenshot("00-login-en");
            browser.click(By.id("language:toggle"));
            browser.until(d -> browser.pageText().contains("登录"));
            browser.type(By.id("login:username"), "guangling.admin");
            browser.type(By.id("login:password"), DEMO_PASSWORD);
            browser.screenshot("01-login-zh");
            browser.click(By.id("login:signIn"));
            browser.find(By.id("password:current"));
            browser.type(By.id("password:current"), DEMO_PASSWORD);
            browser.type(By.id("password:new"), "Guangling#2027");
            browser.type(By.id("password:repeat"), "Guangling#2027");
            browser.click(By.id("password:change"));
            browser.until(d -> d.getCurrentUrl().endsWith("/index.xhtml"));
            assertTrue(browser.pageText().contains("广陵街道"), "Chinese workbench with the granted subdistrict");
            browser.screenshot("02-home-zh");

            browser.click(By.id("shell:language"));
            browser.until(d -> browser.pageText().contains("Workbench"));
            browser.screenshot("03-home-en");
            browser.click(By.id("shell:language"));
            browser.until(d -> browser.pageText().contains("工作台"));

            browser.open(base.resolve("admin/org-tree.xhtml").toString());
            browser.click(treeNode("天福社区"));
            browser.until(d -> browser.pageText().contains(TIANFU));
            browser.screenshot("04-org-tree");
            browser.click(By.id("org:add"));
            browser.find(By.id("org:newCode"));
            browser.type(By.id("org:newCode"), compoundCode);
            browser.type(By.id("org:newName"), "浏览器测试小区");
            browser.click(By.id("org:saveNew"));
            browser.until(d -> browser.pageText().contains("已新增"));

            browser.type(By.id("org:units:globalFilter"), "浏览器测试");
            browser.until(d -> browser.pageText().contains(compoundCode) && !browser.pageText().contains("益民小区"));
            browser.screenshot("05-compound-found");

            browser.open(base.resolve("admin/users.xhtml").toString());
            browser.until(d -> browser.pageText().contains("tianfu.staff"));
            browser.screenshot("06-users");
            browser.open(base.resolve("admin/modules.xhtml").toString());
            browser.until(d -> browser.pageText().contains("物业合伙人"));
            browser.screenshot("07-module-switches");

            browser.click(By.id("shell:language"));
            browser.until(d -> browser.pageText().contains("Module switches"));
            browser.screenshot("07-module-switches-en");
            for (String page : new String[] {"admin/org-tree", "admin/users", "account/password"}) {
                browser.open(base.resolve(page + ".xhtml").toString());
                browser.until(d -> browser.pageText().contains("Community Partners"));
                browser.screenshot("09-" + page.replace('/', '-') + "-en");
            }
            browser.click(By.id("language:toggle"));
            browser.until(d -> browser.pageText().contains("社区合伙人平台"));

            browser.resize(390, 844);
            browser.open(base.resolve("admin/org-tree.xhtml").toString());
            browser.find(treeNode("天福社区"));
            browser.screenshot("08-org-tree-phone");
        }
    }

    private static By treeNode(String name) {
        return By.xpath("//span[contains(@class,'ui-treenode-label')][normalize-space(.)='" + name + "']");
    }

    private static boolean archiveContains(String text) throws IOException {
        Path directory = Path.of(System.getProperty("cp.auditArchive"));
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl.gz")).toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                    if (new String(in.readAllBytes(), StandardCharsets.UTF_8).contains(text)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
