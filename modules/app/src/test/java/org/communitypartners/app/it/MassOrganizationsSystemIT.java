package org.communitypartners.app.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import javax.imageio.ImageIO;
import org.openqa.selenium.By;

/**
 * Activities of mass organisations on Payara Micro against MariaDB: the registration race over
 * real parallel HTTP requests, tenancy, the iCalendar feed and a resident registering by phone.
 */
@ExtendWith(ArquillianExtension.class)
class MassOrganizationsSystemIT {
    private static final String GUANGLING = "341181001000";
    private static final String TIANYI = "341181001003";

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
        Fixtures.account("it.mo.tianyi", "COMMUNITY_STAFF", TIANYI);
        Fixtures.account("it.mo.qianqiu", "COMMUNITY_STAFF", Fixtures.QIANQIU_COMMUNITY);
        Fixtures.account("it.mo.admin", "SUBDISTRICT_ADMIN", GUANGLING);
    }

    @Test
    void twoHundredSimultaneousRegistrationsForFiftySeatsFillThemInArrivalOrder() throws Exception {
        StaffClient staff = StaffClient.signedIn(base, "it.mo.tianyi", Fixtures.PASSWORD);
        String activity = field(created(staff, "重阳节合唱比赛", 50), "id");
        List<String> phones = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            phones.add("1390000" + String.format("%04d", i));
        }
        List<String> attempts = new ArrayList<>(phones);
        attempts.addAll(phones.subList(0, 5));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> sent = new ArrayList<>();
        try {
            for (int i = 0; i < attempts.size(); i++) {
                String body = "{\"activityId\":" + activity + ",\"name\":\"居民" + i + "\",\"phone\":\"" + attempts.get(i)
                        + "\",\"livesInCommunity\":true}";
                sent.add(pool.submit(() -> {
                    start.await();
                    return http.send(HttpRequest.newBuilder(base.resolve("activities/register"))
                                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(120))
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                }));
            }
            start.countDown();
            int accepted = 0;
            int duplicates = 0;
            for (Future<HttpResponse<String>> response : sent) {
                HttpResponse<String> answer = response.get();
                if (answer.statusCode() == 200) {
                    accepted++;
                } else {
                    assertEquals(400, answer.statusCode(), answer.body());
                    assertTrue(answer.body().contains("registration.duplicatePhone"), answer.body());
                    duplicates++;
                }
            }
            assertEquals(200, accepted);
            assertEquals(5, duplicates);
        } finally {
            pool.shutdownNow();
        }

        List<String[]> rows = registrations(Long.parseLong(activity));
        assertEquals(200, rows.size());
        Set<String> distinctPhones = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            assertEquals(i + 1, Integer.parseInt(row[0]), "arrival numbers 1..200 without gaps");
            assertEquals(i < 50 ? "REGISTERED" : "WAITLISTED", row[1], "seats go to the first 50 arrivals");
            distinctPhones.add(row[2]);
        }
        assertEquals(200, distinctPhones.size(), "no phone twice");
        HttpResponse<String> waitlist = staff.get("api/v1/mass-organizations/activities/" + activity
                + "/registrations?status=WAITLISTED&size=200");
        assertEquals(200, waitlist.statusCode(), waitlist.body());
        List<Integer> positions = new ArrayList<>();
        Matcher position = Pattern.compile("\"waitlistPosition\":(\\d+)").matcher(waitlist.body());
        while (position.find()) {
            positions.add(Integer.parseInt(position.group(1)));
        }
        assertEquals(150, positions.size());
        for (int i = 0; i < positions.size(); i++) {
            assertEquals(i + 1, positions.get(i), "waitlist positions 1..150 without gaps");
        }
        assertTrue(waitlist.body().contains("\"maskedPhone\":\"139****"), "staff see phones masked");
        assertTrue(!waitlist.body().contains("\"code\""), "staff lists carry no registration codes");

        String firstRegistered = registrationId(Long.parseLong(activity), 1);
        HttpResponse<String> cancelled = staff.postJson("api/v1/mass-organizations/activities/" + activity
                + "/registrations/" + firstRegistered + "/cancel", "{}");
        assertEquals(204, cancelled.statusCode(), cancelled.body());
        List<String[]> after = registrations(Long.parseLong(activity));
        assertEquals("CANCELLED", after.get(0)[1]);
        assertEquals("REGISTERED", after.get(50)[1], "arrival 51, first on the waitlist, took the seat");
        assertEquals("WAITLISTED", after.get(51)[1]);
        assertEquals(List.of("PROMOTED"), notices(registrationId(Long.parseLong(activity), 51)));
        assertTrue(Fixtures.audit("it.mo.tianyi", "activity.promote").contains("SUCCESS|Activity|" + activity));
    }

    @Test
    void anotherSubdistrictsActivityIsNotFound() throws Exception {
        StaffClient staff = StaffClient.signedIn(base, "it.mo.tianyi", Fixtures.PASSWORD);
        String activity = field(created(staff, "书画展", 20), "id");
        StaffClient elsewhere = StaffClient.signedIn(base, "it.mo.qianqiu", Fixtures.PASSWORD);

        assertEquals(404, elsewhere.get("api/v1/mass-organizations/activities/" + activity).statusCode());
        assertEquals(404, elsewhere.get("api/v1/mass-organizations/activities/" + activity + "/registrations")
                .statusCode());
        assertEquals(404, elsewhere.postJson("api/v1/mass-organizations/activities/" + activity + "/cancel", "{}")
                .statusCode());
        assertEquals(404, elsewhere.postJson("api/v1/mass-organizations/activities/" + activity + "/registrations",
                "{\"name\":\"越权\",\"phone\":\"13700001111\"}").statusCode());
        assertTrue(!elsewhere.get("api/v1/mass-organizations/activities?q=书画展").body().contains("书画展"));
        assertTrue(Fixtures.audit("it.mo.qianqiu", "access").contains("DENIED|Activity|" + activity));
        assertEquals(200, staff.get("api/v1/mass-organizations/activities/" + activity).statusCode());
    }

    @Test
    void theCalendarFeedIsICalendarWithFoldedLines() throws Exception {
        StaffClient staff = StaffClient.signedIn(base, "it.mo.tianyi", Fixtures.PASSWORD);
        String longTitle = "八一联欢会：老年艺术团合唱队、声乐班、书画班与戏曲班联合演出，欢迎居民朋友们踊跃参加";
        String activity = field(created(staff, longTitle, 80), "id");

        HttpResponse<String> feed = new StaffClient(base).get("calendar/" + Fixtures.unitId(TIANYI) + ".ics");

        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        String body = feed.body();
        assertTrue(body.startsWith("BEGIN:VCALENDAR\r\n") && body.endsWith("END:VCALENDAR\r\n"), body);
        assertEquals(-1, body.replace("\r\n", "").indexOf('\n'), "CRLF only");
        for (String line : body.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        String unfolded = body.replace("\r\n ", "");
        assertTrue(unfolded.contains("UID:activity-" + activity + "@"), unfolded);
        assertTrue(unfolded.contains("SUMMARY:" + longTitle.replace("，", "，") + "\r\n"), unfolded);
        assertTrue(body.contains("\r\n "), "the long summary is folded");
        assertTrue(Pattern.compile("DTSTART:\\d{8}T\\d{6}Z\r\n").matcher(body).find());
        assertTrue(body.contains("LOCATION:天一社区活动室\\, 二楼"), "commas escaped");
        assertEquals(404, new StaffClient(base).get("calendar/" + Fixtures.unitId(Fixtures.QIANQIU_COMMUNITY) + "x.ics")
                .statusCode());
    }

    @Test
    void aResidentRegistersOnAPhoneAndStaffCheckThemIn() throws Exception {
        StaffClient staff = StaffClient.signedIn(base, "it.mo.tianyi", Fixtures.PASSWORD);
        String activity = field(created(staff, "八一联欢会彩排", 30), "id");
        try (Browser browser = new Browser(390, 844)) {
            browser.open(base.resolve("activities/calendar.xhtml?c=" + Fixtures.unitId(TIANYI)).toString());
            browser.until(d -> browser.pageText().contains("八一联欢会彩排"));
            browser.screenshot("massorg-01-calendar-phone");
            browser.open(base.resolve("activities/register.xhtml?id=" + activity).toString());
            browser.type(By.id("register:name"), "赵阿姨");
            browser.type(By.id("register:phone"), "13955556666");
            browser.click(By.cssSelector("#register\\:resident .ui-chkbox-box"));
            browser.click(By.id("register:submit"));
            browser.until(d -> browser.pageText().contains("报名码"));
            String code = browser.find(By.id("register:code")).getText().strip();
            assertTrue(browser.pageText().contains("已报名"), browser.pageText());
            browser.screenshot("massorg-02-registered-phone");

            browser.resize(1280, 900);
            browser.signIn(base, "it.mo.tianyi");
            browser.open(base.resolve("mass-organizations/activities.xhtml?id=" + activity).toString());
            browser.until(d -> browser.pageText().contains("139****6666"));
            browser.type(By.id("registrations:checkInCode"), code);
            browser.click(By.id("registrations:checkIn"));
            browser.until(d -> browser.pageText().contains("签到成功"));
            browser.until(d -> browser.pageText().contains("已签到"));
            browser.screenshot("massorg-03-checked-in");
        }
        List<String[]> rows = registrations(Long.parseLong(activity));
        assertEquals("ATTENDED", rows.get(0)[1]);
        assertEquals("13955556666", rows.get(0)[2], "stored in full, shown masked");
    }

    /** An active mass organisation of 天一社区 (applied by community staff, activated by the subdistrict); its id. */
    private String troupe(StaffClient staff) throws SQLException {
        StaffClient admin = StaffClient.signedIn(base, "it.mo.admin", Fixtures.PASSWORD);
        long tianyi = Fixtures.unitId(TIANYI);
        String applied = staff.postJson("api/v1/partners", "{\"kind\":\"MASS_ORGANIZATION\",\"name\":\"天一社区老年艺术团\","
                + "\"contactName\":\"周团长\",\"contactPhone\":\"13812340000\",\"homeUnitId\":" + tianyi
                + ",\"servedCommunityIds\":[" + tianyi + "]}").body();
        String id = field(applied, "id");
        String approved = staff.postJson("api/v1/partners/" + id + "/steps",
                "{\"step\":\"APPROVE\",\"reason\":\"材料齐全\",\"version\":" + field(applied, "version") + "}").body();
        HttpResponse<String> active = admin.postJson("api/v1/partners/" + id + "/steps",
                "{\"step\":\"ACTIVATE\",\"reason\":\"签约\",\"version\":" + field(approved, "version") + "}");
        assertEquals(200, active.statusCode(), active.body());
        return id;
    }

    /** An activity starting in an hour (check-in already open), registration open until the start. */
    private String created(StaffClient staff, String title, int capacity) throws SQLException {
        String troupe = troupe(staff);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> created = staff.postJson("api/v1/mass-organizations/activities", "{\"title\":\"" + title
                + "\",\"description\":\"合唱、舞蹈、戏曲\",\"venue\":\"天一社区活动室, 二楼\",\"communityId\":"
                + Fixtures.unitId(TIANYI) + ",\"startsAt\":\"" + now.plus(Duration.ofHours(1)) + "\",\"endsAt\":\""
                + now.plus(Duration.ofHours(3)) + "\",\"capacity\":" + capacity + ",\"audience\":\"COMMUNITY_RESIDENTS\","
                + "\"opensAt\":\"" + now.minus(Duration.ofHours(1)) + "\",\"closesAt\":\"" + now.plus(Duration.ofHours(1))
                + "\",\"organiserIds\":[" + troupe + "]}");
        assertEquals(200, created.statusCode(), created.body());
        return created.body();
    }

    /** arrival, status, phone of every registration, by arrival. */
    private static List<String[]> registrations(long activity) throws SQLException {
        try (Connection db = Fixtures.connect(); PreparedStatement query = db.prepareStatement(
                "SELECT arrival, status, phone FROM activity_registration WHERE activity_id = ? ORDER BY arrival")) {
            query.setLong(1, activity);
            List<String[]> rows = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(new String[] {row.getString(1), row.getString(2), row.getString(3)});
                }
            }
            return rows;
        }
    }

    private static String registrationId(long activity, int arrival) throws SQLException {
        try (Connection db = Fixtures.connect(); PreparedStatement query = db.prepareStatement(
                "SELECT id FROM activity_registration WHERE activity_id = ? AND arrival = ?")) {
            query.setLong(1, activity);
            query.setInt(2, arrival);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static List<String> notices(String registrationId) throws SQLException {
        try (Connection db = Fixtures.connect(); PreparedStatement query = db.prepareStatement(
                "SELECT kind FROM activity_notice WHERE registration_id = ? ORDER BY id")) {
            query.setLong(1, Long.parseLong(registrationId));
            List<String> kinds = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    kinds.add(row.getString(1));
                }
            }
            return kinds;
        }
    }

    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(json);
        assertTrue(value.find(), name + " in " + json);
        return value.group(1);
    }

    // ---- After the activity: summary, photos, satisfaction, and the month calendar ----

    @Test
    void aParticipantOfTheTroupesRehearsalRatesItAfterwardsAndTheMonthCalendarShowsItsSummary() throws Exception {
        StaffClient staff = StaffClient.signedIn(base, "it.mo.tianyi", Fixtures.PASSWORD);
        String created = created(staff, "八一联欢会彩排", 30);
        String activity = field(created, "id");
        String month = YearMonth.from(Instant.parse(field(created, "startsAt")).atZone(SHANGHAI)).toString();
        String monthPage = "activities/month.xhtml?c=" + Fixtures.unitId(TIANYI) + "&m=" + month;
        Path photo = Files.createTempFile("rehearsal", ".jpg");
        Files.write(photo, jpegWithExif("GPSLatitude 32.39N"));
        String code;
        try (Browser browser = new Browser(390, 844)) {
            browser.open(base.resolve(monthPage).toString());
            browser.until(d -> browser.pageText().contains("八一联欢会彩排"));
            browser.screenshot("massorg-after-01-month-phone");
            browser.click(By.cssSelector("a.mo-item[href$='?id=" + activity + "']"));
            browser.until(d -> browser.url().contains("register.xhtml?id=" + activity));
            browser.type(By.id("register:name"), "钱阿姨");
            browser.type(By.id("register:phone"), "13955557777");
            browser.click(By.cssSelector("#register\\:resident .ui-chkbox-box"));
            browser.click(By.id("register:submit"));
            browser.until(d -> browser.pageText().contains("报名码"));
            code = browser.find(By.id("register:code")).getText().strip();

            browser.resize(1280, 900);
            browser.signIn(base, "it.mo.tianyi");
            browser.open(base.resolve("mass-organizations/activities.xhtml?id=" + activity).toString());
            browser.type(By.id("registrations:checkInCode"), code);
            browser.click(By.id("registrations:checkIn"));
            browser.until(d -> browser.pageText().contains("签到成功"));
            browser.open(base.resolve(monthPage).toString());
            browser.until(d -> browser.pageText().contains("八一联欢会彩排"));
            browser.resize(1280, 1300);
            browser.screenshot("massorg-after-02-month-desktop");
            browser.resize(1280, 900);

            endedAnHourAgo(Long.parseLong(activity));
            browser.open(base.resolve("mass-organizations/activity-summary.xhtml?id=" + activity).toString());
            browser.until(d -> browser.find(By.id("checkedIn")).getText().equals("1"));
            browser.type(By.id("summary:text"), "彩排顺利，合唱队、舞蹈队和戏曲班走完全部节目。");
            browser.click(By.id("summary:save"));
            browser.until(d -> browser.pageText().contains("活动总结已保存"));
            browser.find(By.id("photos:file")).sendKeys(photo.toString());
            browser.click(By.id("photos:upload"));
            browser.until(d -> browser.pageText().contains("照片已上传"));
            browser.screenshot("massorg-after-03-summary-desktop");

            browser.resize(390, 844);
            browser.open(base.resolve("activities/rate.xhtml?code=" + code).toString());
            browser.click(By.cssSelector("label[for='rating:score:0']"));
            browser.click(By.id("rating:rate"));
            browser.until(d -> browser.pageText().contains("谢谢您的评价"));
            browser.until(d -> browser.pageText().contains("您的评价：5 分"));
            browser.click(By.cssSelector("label[for='rating:score:1']"));
            browser.click(By.id("rating:rate"));
            browser.until(d -> browser.pageText().contains("您的评价：4 分"));
            browser.screenshot("massorg-after-04-rated-phone");

            browser.open(base.resolve("activities/register.xhtml?id=" + activity).toString());
            browser.until(d -> browser.pageText().contains("彩排顺利"));
            String page = browser.pageText();
            assertTrue(page.contains("平均 4.0 分（1 人评价）"), page);
            assertTrue(page.contains("参加人数：1 人"), page);
            boolean noForm = browser.until(d -> d.findElements(By.id("register:submit")).isEmpty());
            assertTrue(noForm, "no registration form once it is over");
            browser.resize(390, 1500);
            browser.screenshot("massorg-after-05-review-phone");
            browser.resize(390, 844);
            browser.open(base.resolve(monthPage).toString());
            browser.until(d -> browser.pageText().contains("彩排顺利"));
            int thumbnails = browser.until(d -> d.findElements(By.cssSelector(".mo-item img")).size());
            assertEquals(1, thumbnails, "the past activity's first photo");
            browser.screenshot("massorg-after-06-month-past-phone");
            browser.resize(1280, 1300);
            browser.screenshot("massorg-after-07-month-past-desktop");
        }
        assertEquals(List.of("4"), column("SELECT score FROM activity_rating WHERE activity_id = ?",
                Long.parseLong(activity)), "one rating per registration, changed in place");
        byte[] stored = photoBytes(Long.parseLong(activity));
        assertTrue(stored.length > 0 && (stored[0] & 0xFF) == 0xFF && (stored[1] & 0xFF) == 0xD8, "a JPEG");
        assertTrue(!new String(stored, StandardCharsets.ISO_8859_1).contains("GPSLatitude"), "metadata dropped");
        assertTrue(Fixtures.audit("it.mo.tianyi", "activity.summary").contains("SUCCESS|Activity|" + activity));
    }

    @Test
    void summariesCountCheckInsTakeCorrectionsWithReasonsAndAnswerNotFoundElsewhere() throws Exception {
        StaffClient staff = StaffClient.signedIn(base, "it.mo.tianyi", Fixtures.PASSWORD);
        String activity = field(created(staff, "戏曲班汇报演出", 10), "id");
        String came = publicRegistration(activity, "13955558881");
        String stayedHome = publicRegistration(activity, "13955558882");
        assertEquals(200, staff.postJson("api/v1/mass-organizations/activities/" + activity + "/check-in",
                "{\"code\":\"" + came + "\"}").statusCode());
        String path = "api/v1/mass-organizations/activities/" + activity + "/summary";
        assertEquals(400, staff.putJson(path + "?version=0", "{\"summary\":\"提前写\"}").statusCode(),
                "nothing to sum up before the end");

        endedAnHourAgo(Long.parseLong(activity));
        String before = staff.get(path).body();
        assertTrue(before.contains("\"checkedIn\":1") && before.contains("\"participantCount\":1"), before);
        assertTrue(before.contains("\"ratings\":0") && !before.contains("\"meanSatisfaction\":"), before);
        HttpResponse<String> noReason = staff.putJson(path + "?version=0",
                "{\"summary\":\"演出圆满\",\"correctedCount\":12}");
        assertEquals(400, noReason.statusCode());
        assertTrue(noReason.body().contains("更正参加人数时请写明原因"), noReason.body());
        HttpResponse<String> corrected = staff.putJson(path + "?version=0",
                "{\"summary\":\"演出圆满\",\"correctedCount\":12,\"correctionReason\":\"11 位居民现场登记\"}");
        assertEquals(200, corrected.statusCode(), corrected.body());
        assertTrue(corrected.body().contains("\"participantCount\":12"), corrected.body());
        assertEquals(409, staff.putJson(path + "?version=0", "{\"summary\":\"旧版本\"}").statusCode(),
                "a stale version is refused");

        HttpResponse<String> notAttended = new StaffClient(base).get("activities/rate.xhtml?code=" + stayedHome);
        assertTrue(notAttended.body().contains("只有报名并签到参加了活动的居民可以评价"), notAttended.body());
        assertTrue(!notAttended.body().contains("rating:rate"), "no rating form for someone who did not come");

        StaffClient elsewhere = StaffClient.signedIn(base, "it.mo.qianqiu", Fixtures.PASSWORD);
        assertEquals(404, elsewhere.get(path).statusCode());
        assertEquals(404, elsewhere.putJson(path + "?version=1", "{\"summary\":\"越权\"}").statusCode());
        assertEquals(404, elsewhere.get("api/v1/mass-organizations/activities/" + activity + "/photos").statusCode());
        assertEquals(404, elsewhere.get("api/v1/mass-organizations/activities/" + activity + "/photos/1").statusCode());
        assertTrue(Fixtures.audit("it.mo.qianqiu", "access").contains("DENIED|Activity|" + activity));
        assertTrue(staff.get(path).body().contains("演出圆满"), "the other subdistrict changed nothing");
        assertEquals(404, new StaffClient(base).get("activities/photo?id=999999999").statusCode());
        String openapi = new StaffClient(base).get("/openapi").body();
        assertTrue(openapi.contains("/mass-organizations/activities/{id}/summary"), "documented");
        assertTrue(openapi.contains("/mass-organizations/activities/{id}/photos"), "documented");
    }

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** Moves the activity three hours back in time (it ended an hour ago), as if the day had passed. */
    private static void endedAnHourAgo(long activity) throws SQLException {
        try (Connection db = Fixtures.connect(); PreparedStatement update = db.prepareStatement(
                "UPDATE activity SET starts_at = starts_at - INTERVAL 4 HOUR, ends_at = ends_at - INTERVAL 4 HOUR, "
                        + "opens_at = opens_at - INTERVAL 4 HOUR, closes_at = closes_at - INTERVAL 4 HOUR WHERE id = ?")) {
            update.setLong(1, activity);
            assertEquals(1, update.executeUpdate());
        }
    }

    /** Registers a resident through the public JSON endpoint; their code. */
    private String publicRegistration(String activity, String phone) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        base.resolve("activities/register")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"activityId\":" + activity + ",\"name\":\"居民\",\"phone\":\""
                        + phone + "\",\"livesInCommunity\":true}")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, answer.statusCode(), answer.body());
        return field(answer.body(), "code");
    }

    private static List<String> column(String sql, long id) throws SQLException {
        try (Connection db = Fixtures.connect(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, id);
            List<String> values = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    values.add(row.getString(1));
                }
            }
            return values;
        }
    }

    private static byte[] photoBytes(long activity) throws SQLException {
        try (Connection db = Fixtures.connect(); PreparedStatement query = db.prepareStatement(
                "SELECT content FROM activity_photo WHERE activity_id = ?")) {
            query.setLong(1, activity);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "a photo was stored");
                return row.getBytes(1);
            }
        }
    }

    /** A small JPEG carrying an Exif segment with a marker, as a phone writes where it took the picture. */
    private static byte[] jpegWithExif(String marker) throws IOException {
        BufferedImage picture = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D paint = picture.createGraphics();
        paint.setColor(new Color(0xC6, 0x28, 0x28));
        paint.fillRect(0, 0, 320, 240);
        paint.setColor(Color.YELLOW);
        paint.fillOval(110, 70, 100, 100);
        paint.dispose();
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(picture, "jpeg", plain);
        byte[] jpeg = plain.toByteArray();
        byte[] payload = ("Exif\0\0" + marker).getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) ((payload.length + 2) >> 8), (byte) (payload.length + 2)});
        out.write(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    // ---- Organisations and members, courses and attendance, volunteer hours, projects and targets ----

    @Test
    void anOrganisationRunsACourseAndStaffTakeAttendanceOnTheScreen() throws Exception {
        StaffClient staff = StaffClient.signedIn(base, "it.mo.tianyi", Fixtures.PASSWORD);
        String[] troupe = organisation(staff, "天一社区老年艺术团（合唱）");
        String organisation = troupe[0];
        String leader = member(staff, organisation, "周团长", "13812340001", "团长", false, null);
        String singer = member(staff, organisation, "钱阿姨", "13812340002", null, true, "领唱");
        HttpResponse<String> members = staff.get("api/v1/mass-organizations/organisations/" + organisation + "/members");
        assertEquals(200, members.statusCode(), members.body());
        assertTrue(members.body().contains("\"maskedPhone\":\"138****0002\""), members.body());
        assertFalse(members.body().contains("13812340002"), "phones only masked");
        assertEquals(400, staff.postJson("api/v1/mass-organizations/organisations/" + organisation + "/members",
                memberJson("重复", "13812340002", null, false, null)).statusCode(), "one phone once");

        String course = course(staff, organisation, "合唱班");
        String session = session(staff, course);
        assertEquals(200, staff.postJson("api/v1/mass-organizations/courses/" + course + "/roster",
                "{\"memberId\":" + singer + "}").statusCode());
        HttpResponse<String> resident = staff.postJson("api/v1/mass-organizations/courses/" + course + "/roster",
                "{\"name\":\"孙大爷\",\"phone\":\"13955550003\"}");
        assertEquals(200, resident.statusCode(), resident.body());
        assertEquals(400, staff.postJson("api/v1/mass-organizations/courses/" + course + "/roster",
                "{\"memberId\":" + leader + "999}").statusCode(), "only the organisation's members by id");

        try (Browser browser = new Browser(1280, 900)) {
            browser.signIn(base, "it.mo.tianyi");
            browser.open(base.resolve("mass-organizations/courses.xhtml?org=" + organisation + "&course=" + course
                    + "&session=" + session).toString());
            browser.until(d -> browser.pageText().contains("孙大爷 139****0003"));
            assertTrue(browser.pageText().contains("钱阿姨 138****0002"), browser.pageText());
            browser.click(By.xpath("//label[contains(text(),'钱阿姨')]/preceding-sibling::div[contains(@class,'ui-chkbox')]"
                    + "//div[contains(@class,'ui-chkbox-box')]"));
            browser.click(By.id("chosen:saveAttendance"));
            browser.until(d -> browser.pageText().contains("考勤已保存"));
            browser.until(d -> browser.pageText().contains("出勤 1 人，缺勤 1 人，出勤率 50%"));
            browser.screenshot("massorg-04-course-attendance");
            browser.open(base.resolve("mass-organizations/organisations.xhtml?id=" + organisation).toString());
            browser.until(d -> browser.pageText().contains("138****0001"));
            browser.screenshot("massorg-05-organisation-members");
        }
        HttpResponse<String> attendance = staff.get("api/v1/mass-organizations/courses/" + course + "/sessions/"
                + session + "/attendance");
        assertEquals(200, attendance.statusCode(), attendance.body());
        assertEquals("1", field(attendance.body(), "absent"), attendance.body());
        assertEquals("1", field(attendance.body(), "present"), "the counts come before the roster: " + attendance.body());
        String sessions = staff.get("api/v1/mass-organizations/courses/" + course + "/sessions").body();
        assertEquals("2", field(sessions, "enrolled"), sessions);
        assertEquals("1", field(sessions, "present"), sessions);
        HttpResponse<String> stranger = staff.putJson("api/v1/mass-organizations/courses/" + course + "/sessions/"
                + session + "/attendance", "{\"present\":[" + field(resident.body(), "id") + ",987654321]}");
        assertEquals(400, stranger.statusCode());
        assertTrue(stranger.body().contains("花名册"), stranger.body());
        assertTrue(Fixtures.audit("it.mo.tianyi", "course.attendance").get(0).startsWith("SUCCESS|Course|" + course));
        assertTrue(Fixtures.audit("it.mo.tianyi", "member.add").get(0).startsWith("SUCCESS|MassOrganisationMember|"));
    }

    @Test
    void confirmedVolunteerHoursAreRoundedCountedAndCertified() throws Exception {
        StaffClient staff = StaffClient.signedIn(base, "it.mo.tianyi", Fixtures.PASSWORD);
        String[] troupe = organisation(staff, "天一社区志愿服务队");
        String organisation = troupe[0];
        String volunteer = member(staff, organisation, "吴志愿", "13812340011", null, true, "摄影、签到引导");
        String notVolunteer = member(staff, organisation, "郑会员", "13812340012", null, false, null);
        String activity = field(activity(staff, troupe[1], "八一联欢会"), "id");
        String session = session(staff, course(staff, organisation, "书画班"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        String volunteering = "api/v1/mass-organizations/volunteering/" + organisation;

        String atActivity = field(shift(staff, organisation, volunteer, "\"activityId\":" + activity,
                now.minus(Duration.ofMinutes(190)), now.minus(Duration.ofMinutes(120))).body(), "id");
        String atSession = field(shift(staff, organisation, volunteer, "\"sessionId\":" + session,
                now.minus(Duration.ofMinutes(100)), now.minus(Duration.ofMinutes(48))).body(), "id");
        String unconfirmed = field(shift(staff, organisation, volunteer, "\"activityId\":" + activity,
                now.minus(Duration.ofHours(5)), now.minus(Duration.ofHours(3))).body(), "id");
        HttpResponse<String> notAVolunteer = shift(staff, organisation, notVolunteer, "\"activityId\":" + activity,
                now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)));
        assertEquals(400, notAVolunteer.statusCode());
        assertTrue(notAVolunteer.body().contains("志愿者"), notAVolunteer.body());

        HttpResponse<String> confirmed = staff.postJson(volunteering + "/shifts/" + atActivity + "/confirm", "{}");
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertTrue(confirmed.body().contains("\"hours\":1.25"), "70 minutes count as 1.25 hours: " + confirmed.body());
        assertEquals(200, staff.postJson(volunteering + "/shifts/" + atSession + "/confirm", "{}").statusCode());
        assertEquals(400, staff.postJson(volunteering + "/shifts/" + atSession + "/reject", "{}").statusCode(),
                "decided once");
        assertTrue(Pattern.compile("\"status\":\"PENDING\"").matcher(staff.get(volunteering + "/shifts?status=PENDING")
                .body()).find(), "the third shift waits for the organiser");

        String bank = staff.get(volunteering + "/time-bank").body();
        assertTrue(Pattern.compile("\"totalHours\":2(\\.0+)?[,}]").matcher(bank).find(),
                "1.25 + 0.75 verified, the unconfirmed 2 hours not: " + bank);
        assertTrue(bank.contains("\"name\":\"吴志愿\""), bank);

        HttpResponse<byte[]> pdf = staff.getBytes(volunteering + "/members/" + volunteer + "/certificate");
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
        assertTrue(pdf.body().length > 5_000, "a page with an embedded font subset: " + pdf.body().length);
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.body());
        try {
            assertTrue(reader.getInfo().get("Title").contains("吴志愿"), reader.getInfo().toString());
            String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
            assertTrue(text.contains("吴志愿") && text.contains("2.00"), text);
        } finally {
            reader.close();
        }
        assertTrue(Fixtures.audit("it.mo.tianyi", "shift.certificate").get(0)
                .startsWith("SUCCESS|MassOrganisationMember|" + volunteer));
        assertEquals(400, staff.get(volunteering + "/members/" + notVolunteer + "/certificate").statusCode(),
                "no certificate without confirmed hours");
        assertEquals(200, staff.postJson(volunteering + "/shifts/" + unconfirmed + "/reject", "{}").statusCode());
    }

    @Test
    void yearlyTargetsAreTrackedAgainstActualsOverRest() throws Exception {
        StaffClient staff = StaffClient.signedIn(base, "it.mo.tianyi", Fixtures.PASSWORD);
        String[] troupe = organisation(staff, "易居天韵妇联");
        String organisation = troupe[0];
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
        String targets = "api/v1/mass-organizations/targets/" + organisation + "/" + year;
        assertEquals(404, staff.get(targets).statusCode(), "no target set for the year yet");

        HttpResponse<String> set = staff.putJson(targets,
                "{\"minActivities\":1,\"minParticipants\":2,\"minVolunteerHours\":1}");
        assertEquals(200, set.statusCode(), set.body());
        assertTrue(set.body().contains("\"met\":false"), set.body());
        assertFalse(set.body().contains("satisfaction"), "no satisfaction measure unless asked: " + set.body());
        HttpResponse<String> tooFine = staff.putJson(targets,
                "{\"minActivities\":1,\"minParticipants\":2,\"minVolunteerHours\":1,\"minSatisfaction\":4.25}");
        assertEquals(400, tooFine.statusCode(), tooFine.body());
        HttpResponse<String> withSatisfaction = staff.putJson(targets,
                "{\"minActivities\":1,\"minParticipants\":2,\"minVolunteerHours\":1,\"minSatisfaction\":4.0}");
        assertEquals(200, withSatisfaction.statusCode(), withSatisfaction.body());
        assertEquals("0", measure(withSatisfaction.body(), "satisfaction", "actual"),
                "nobody rated yet: " + withSatisfaction.body());
        assertEquals(200, staff.putJson(targets, "{\"minActivities\":1,\"minParticipants\":2,\"minVolunteerHours\":1}")
                .statusCode(), "the rest of the test measures the three counts");

        String activity = field(activity(staff, troupe[1], "妈妈课堂开放日"), "id");
        String registration = field(staff.postJson("api/v1/mass-organizations/activities/" + activity + "/registrations",
                "{\"name\":\"冯妈妈\",\"phone\":\"13955550021\"}").body(), "id");
        assertEquals(200, staff.postJson("api/v1/mass-organizations/activities/" + activity + "/registrations/"
                + registration + "/check-in", "{}").statusCode());
        String course = course(staff, organisation, "妈妈课堂");
        String session = session(staff, course);
        String enrolled = field(staff.postJson("api/v1/mass-organizations/courses/" + course + "/roster",
                "{\"name\":\"陈妈妈\",\"phone\":\"13955550022\"}").body(), "id");
        assertEquals(200, staff.putJson("api/v1/mass-organizations/courses/" + course + "/sessions/" + session
                + "/attendance", "{\"present\":[" + enrolled + "]}").statusCode());
        String volunteer = member(staff, organisation, "褚志愿", "13812340021", null, true, "讲解");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        String shift = field(shift(staff, organisation, volunteer, "\"sessionId\":" + session,
                now.minus(Duration.ofMinutes(120)), now.minus(Duration.ofMinutes(62))).body(), "id");

        String beforeConfirming = staff.get(targets).body();
        assertEquals("1", measure(beforeConfirming, "activities", "actual"), beforeConfirming);
        assertEquals("2", measure(beforeConfirming, "participants", "actual"), "a check-in and an attendance");
        assertEquals("0", measure(beforeConfirming, "volunteerHours", "actual").replaceAll("\\.0+$", ""));
        assertTrue(beforeConfirming.contains("\"met\":false"), "58 minutes unconfirmed count nothing: " + beforeConfirming);
        assertEquals(200, staff.postJson("api/v1/mass-organizations/volunteering/" + organisation + "/shifts/" + shift
                + "/confirm", "{}").statusCode());
        String after = staff.get(targets).body();
        assertFalse(after.contains("\"met\":false"), "1 activity, 1 check-in + 1 attendance, 1.00 hour: " + after);
        assertTrue(staff.get("api/v1/mass-organizations/targets?year=" + year).body().contains("易居天韵妇联"));

        HttpResponse<String> project = staff.postJson("api/v1/mass-organizations/projects/" + organisation,
                "{\"title\":\"妈妈课堂进社区\",\"goals\":\"每月一次亲子课堂\",\"startsOn\":\"" + year + "-03-01\","
                        + "\"endsOn\":\"" + year + "-12-31\",\"communityIds\":[" + Fixtures.unitId(TIANYI) + "],"
                        + "\"activityIds\":[" + activity + "],\"courseIds\":[" + course + "]}");
        assertEquals(200, project.statusCode(), project.body());
        assertTrue(project.body().contains("妈妈课堂开放日"), project.body());
        assertEquals(400, staff.postJson("api/v1/mass-organizations/projects/" + organisation,
                "{\"title\":\"越界项目\",\"goals\":\"-\",\"startsOn\":\"" + year + "-03-01\",\"endsOn\":\"" + year
                        + "-12-31\",\"communityIds\":[" + Fixtures.unitId(Fixtures.QIANQIU_COMMUNITY) + "]}").statusCode(),
                "only communities the organisation serves");
        String openapi = new StaffClient(base).get("/openapi").body();
        assertTrue(openapi.contains("/mass-organizations/targets/{organisation}/{year}")
                && openapi.contains("/mass-organizations/courses/{id}/sessions/{session}/attendance"), "documented");
    }

    @Test
    void anotherSubdistrictsOrganisationIsNotFoundAndALeadSeesOnlyTheirOwn() throws Exception {
        StaffClient staff = StaffClient.signedIn(base, "it.mo.tianyi", Fixtures.PASSWORD);
        String[] troupe = organisation(staff, "天一社区戏曲社");
        String organisation = troupe[0];
        String course = course(staff, organisation, "戏曲班");
        String member = member(staff, organisation, "卫票友", "13812340031", null, true, "京胡");
        String[] other = organisation(staff, "天一社区工会");

        StaffClient elsewhere = StaffClient.signedIn(base, "it.mo.qianqiu", Fixtures.PASSWORD);
        for (String path : List.of("organisations/" + organisation, "organisations/" + organisation + "/members",
                "courses/" + course, "courses/" + course + "/roster", "volunteering/" + organisation + "/time-bank",
                "volunteering/" + organisation + "/members/" + member + "/certificate", "projects/" + organisation,
                "targets/" + organisation + "/2026")) {
            assertEquals(404, elsewhere.get("api/v1/mass-organizations/" + path).statusCode(), path);
        }
        assertEquals(404, elsewhere.postJson("api/v1/mass-organizations/organisations/" + organisation + "/members",
                memberJson("越权", "13700001111", null, false, null)).statusCode());
        assertFalse(elsewhere.get("api/v1/mass-organizations/organisations?q=戏曲社").body().contains("戏曲社"));
        assertTrue(Fixtures.audit("it.mo.qianqiu", "access").contains("DENIED|MassOrganisation|" + organisation));

        Fixtures.account("it.mo.lead", "PARTNER_STAFF", TIANYI);
        StaffClient admin = StaffClient.signedIn(base, "it.mo.admin", Fixtures.PASSWORD);
        assertEquals(200, admin.postJson("api/v1/partners/" + troupe[1] + "/staff", "{\"username\":\"it.mo.lead\"}")
                .statusCode());
        StaffClient lead = StaffClient.signedIn(base, "it.mo.lead", Fixtures.PASSWORD);
        String theirs = lead.get("api/v1/mass-organizations/organisations?size=200").body();
        assertTrue(theirs.contains("天一社区戏曲社") && !theirs.contains("天一社区工会"), theirs);
        assertEquals(200, lead.get("api/v1/mass-organizations/courses/" + course).statusCode());
        assertEquals(404, lead.get("api/v1/mass-organizations/organisations/" + other[0]).statusCode(),
                "a lead sees only their own organisation");
        assertEquals(404, lead.postJson("api/v1/mass-organizations/organisations", "{\"partnerId\":" + other[1]
                + ",\"kind\":\"TRADE_UNION\"}").statusCode(), "leads do not register organisations");
    }

    /** An active mass-organisation partner of 天一社区 registered as an organisation: {organisation id, partner id}. */
    private String[] organisation(StaffClient staff, String name) throws SQLException {
        StaffClient admin = StaffClient.signedIn(base, "it.mo.admin", Fixtures.PASSWORD);
        long tianyi = Fixtures.unitId(TIANYI);
        String applied = staff.postJson("api/v1/partners", "{\"kind\":\"MASS_ORGANIZATION\",\"name\":\"" + name
                + "\",\"contactName\":\"周团长\",\"contactPhone\":\"13812340000\",\"homeUnitId\":" + tianyi
                + ",\"servedCommunityIds\":[" + tianyi + "]}").body();
        String partner = field(applied, "id");
        String approved = staff.postJson("api/v1/partners/" + partner + "/steps",
                "{\"step\":\"APPROVE\",\"reason\":\"材料齐全\",\"version\":" + field(applied, "version") + "}").body();
        assertEquals(200, admin.postJson("api/v1/partners/" + partner + "/steps",
                "{\"step\":\"ACTIVATE\",\"reason\":\"签约\",\"version\":" + field(approved, "version") + "}").statusCode());
        HttpResponse<String> registered = staff.postJson("api/v1/mass-organizations/organisations",
                "{\"partnerId\":" + partner + ",\"kind\":\"ART_TROUPE\"}");
        assertEquals(200, registered.statusCode(), registered.body());
        assertTrue(registered.body().contains("\"communities\":[{\"id\":" + tianyi + ","),
                "serves the partner's communities: " + registered.body());
        // The communities (with ids of their own) come first in the JSON: read the organisation's id after them.
        return new String[] {field(registered.body().replaceFirst("\"communities\":\\[[^\\]]*\\]", ""), "id"), partner};
    }

    private String member(StaffClient staff, String organisation, String name, String phone, String title,
                          boolean volunteer, String skills) {
        HttpResponse<String> added = staff.postJson("api/v1/mass-organizations/organisations/" + organisation
                + "/members", memberJson(name, phone, title, volunteer, skills));
        assertEquals(200, added.statusCode(), added.body());
        return field(added.body(), "id");
    }

    private static String memberJson(String name, String phone, String title, boolean volunteer, String skills) {
        return "{\"name\":\"" + name + "\",\"phone\":\"" + phone + "\",\"joinedOn\":\"2025-03-08\",\"leaderTitle\":"
                + (title == null ? "null" : "\"" + title + "\"") + ",\"volunteer\":" + volunteer + ",\"skills\":"
                + (skills == null ? "null" : "\"" + skills + "\"") + "}";
    }

    /** A course of the organisation in 天一社区 whose term runs from a month ago to two months ahead. */
    private String course(StaffClient staff, String organisation, String title) throws SQLException {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        HttpResponse<String> created = staff.postJson("api/v1/mass-organizations/courses", "{\"organisationId\":"
                + organisation + ",\"communityId\":" + Fixtures.unitId(TIANYI) + ",\"plan\":{\"kind\":\"CHORUS\","
                + "\"title\":\"" + title + "\",\"term\":\"2026 年秋季\",\"termStartsOn\":\"" + today.minusDays(30)
                + "\",\"termEndsOn\":\"" + today.plusDays(60) + "\",\"teacher\":\"王老师\",\"venue\":\"天一社区活动室\"}}");
        assertEquals(200, created.statusCode(), created.body());
        return field(created.body(), "id");
    }

    /** A session that started two hours ago and ended an hour ago, so attendance can be taken. */
    private String session(StaffClient staff, String course) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> added = staff.postJson("api/v1/mass-organizations/courses/" + course + "/sessions",
                "{\"startsAt\":\"" + now.minus(Duration.ofHours(2)) + "\",\"endsAt\":\"" + now.minus(Duration.ofHours(1))
                        + "\"}");
        assertEquals(200, added.statusCode(), added.body());
        return field(added.body(), "id");
    }

    /** An activity of the partner starting in an hour (check-in open), registration open until then. */
    private String activity(StaffClient staff, String partner, String title) throws SQLException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> created = staff.postJson("api/v1/mass-organizations/activities", "{\"title\":\"" + title
                + "\",\"venue\":\"天一社区广场\",\"communityId\":" + Fixtures.unitId(TIANYI) + ",\"startsAt\":\""
                + now.plus(Duration.ofHours(1)) + "\",\"endsAt\":\"" + now.plus(Duration.ofHours(3)) + "\",\"capacity\":30,"
                + "\"audience\":\"ANYONE\",\"opensAt\":\"" + now.minus(Duration.ofHours(1)) + "\",\"closesAt\":\""
                + now.plus(Duration.ofHours(1)) + "\",\"organiserIds\":[" + partner + "]}");
        assertEquals(200, created.statusCode(), created.body());
        return created.body();
    }

    /** One field of a named measure in a target's JSON (fields of a measure are written in any order). */
    private static String measure(String json, String name, String field) {
        Matcher object = Pattern.compile("\\{[^{}]*\"name\":\"" + name + "\"[^{}]*}").matcher(json);
        assertTrue(object.find(), name + " in " + json);
        return field(object.group(), field);
    }

    private HttpResponse<String> shift(StaffClient staff, String organisation, String member, String occasion,
                                       Instant startedAt, Instant endedAt) {
        return staff.postJson("api/v1/mass-organizations/volunteering/" + organisation + "/shifts", "{\"memberId\":"
                + member + "," + occasion + ",\"task\":\"签到引导\",\"startedAt\":\"" + startedAt + "\",\"endedAt\":\""
                + endedAt + "\"}");
    }
}
