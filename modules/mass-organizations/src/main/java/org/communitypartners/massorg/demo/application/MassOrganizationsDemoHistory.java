package org.communitypartners.massorg.demo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.communitypartners.kernel.api.DemoHistory;
import org.communitypartners.kernel.api.DemoSeed;
import org.communitypartners.kernel.api.indicators.Quarter;
import org.communitypartners.massorg.demo.infrastructure.DemoActivityRows;

/**
 * The mass organisations of the brief at work for two years, after the partners' demo made them
 * partners: 天一社区's senior art troupe rehearsing and performing twice a month (20+ a year), the
 * women's federation's "Mothers' class" (妈妈课堂) at 易居天韵 monthly, the Youth League's volunteers
 * in each community in turn, the trade union's health talks every other month. Residents register
 * and most are checked in at the door; two volunteers serve at each activity, their hours
 * confirmed by the organiser (the latest ones still pending). Attendance grows over the two years.
 * Seeded, so every demo is alike.
 */
@ApplicationScoped
@Transactional
public class MassOrganizationsDemoHistory implements DemoHistory {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int FULL_QUARTERS = 8;
    private static final String GUANGLING = "341181001000";
    private static final List<String> COMMUNITIES = List.of("341181001001", "341181001002", "341181001003");
    private static final List<String> COMMUNITY_NAMES = List.of("永福社区", "天福社区", "天一社区");
    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
            "徐", "孙", "朱", "高", "林");
    private static final List<String> GIVEN = List.of("桂英", "秀兰", "建华", "淑珍", "玉兰", "国强", "春梅", "德明",
            "丽华", "志刚", "晓燕", "海军");
    /** Volunteers serve from half an hour before an activity to half an hour after it. */
    private static final int SHIFT_MINUTES = 180;

    /** An organisation of the demo and what it holds: on which days of which months, where, for how many. */
    private record Plan(String partner, String kind, boolean subdistrictWide, int homeCommunity, List<Integer> days,
                        int everyMonths, LocalTime starts, List<String> titles, String venue, int capacity,
                        int usualParticipants) {
    }

    private static final List<Plan> PLANS = List.of(
            new Plan("天一社区老年艺术团", "ART_TROUPE", false, 2, List.of(8, 22), 1, LocalTime.of(9, 0),
                    List.of("银龄艺术团合唱排练汇报", "戏曲票友演唱会", "书画作品交流展", "声乐公益课", "八一联欢会节目彩排"),
                    "天一社区党群服务中心多功能厅", 45, 30),
            new Plan("广陵街道妇女联合会", "WOMENS_FEDERATION", true, 2, List.of(12), 1, LocalTime.of(14, 30),
                    List.of("妈妈课堂：婴儿辅食添加", "妈妈课堂：家庭安全与急救", "妈妈课堂：亲子阅读", "妈妈课堂：青春期沟通"),
                    "易居天韵党群服务站", 30, 20),
            new Plan("广陵街道团工委", "YOUTH_LEAGUE", true, -1, List.of(18), 1, LocalTime.of(14, 30),
                    List.of("青年志愿服务进社区：家电义修", "青年志愿服务进社区：反诈宣传", "青年志愿服务进社区：环境整治"),
                    "党群服务中心", 30, 18),
            new Plan("广陵街道总工会", "TRADE_UNION", true, 0, List.of(26), 2, LocalTime.of(14, 30),
                    List.of("职工健康讲座：颈椎保健", "职工健康讲座：心理减压", "职工法律知识讲座"),
                    "永福社区党群服务中心", 50, 32));

    @Inject
    DemoActivityRows rows;

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void load(DemoSeed seed) {
        Random random = new Random(20_260_804L);
        LocalDate today = seed.today();
        Instant now = Instant.now();
        long guangling = seed.unitId(GUANGLING);
        List<Long> communities = COMMUNITIES.stream().map(seed::unitId).toList();
        LocalDate since = Quarter.containing(today).previous().lastQuarters(FULL_QUARTERS).get(0).firstDay();
        int months = (int) YearMonth.from(since).until(YearMonth.from(today), java.time.temporal.ChronoUnit.MONTHS) + 1;
        int phones = 0;
        for (Plan plan : PLANS) {
            long partner = seed.shared("partner:" + plan.partner());
            long home = plan.subdistrictWide() ? guangling : communities.get(plan.homeCommunity());
            long organisation = rows.organisation(partner, guangling, home, plan.partner(), plan.kind(),
                    plan.subdistrictWide() ? communities : List.of(home),
                    since.minusMonths(3).atStartOfDay(CHINA).toInstant());
            List<Long> volunteers = new ArrayList<>();
            for (int v = 0; v < 5; v++) {
                volunteers.add(rows.member(organisation, name(random), phone("136", ++phones),
                        since.minusMonths(6 + v), v == 0 ? "负责人" : null, v == 0 ? "组织协调" : "活动引导、签到"));
            }
            int held = 0;
            for (int m = 0; m < months; m++) {
                YearMonth month = YearMonth.from(since).plusMonths(m);
                if (m % plan.everyMonths() != 0) {
                    continue;
                }
                for (int day : plan.days()) {
                    Instant starts = month.atDay(day).atTime(plan.starts()).atZone(CHINA).toInstant();
                    Instant ends = starts.plusSeconds(2 * 3_600);
                    if (!ends.isBefore(now)) {
                        continue;
                    }
                    int community = plan.homeCommunity() >= 0 ? plan.homeCommunity() : held % communities.size();
                    String venue = plan.homeCommunity() >= 0 ? plan.venue() : COMMUNITY_NAMES.get(community) + plan.venue();
                    String title = plan.titles().get(held % plan.titles().size());
                    // Participation grows from about four fifths of the usual to a tenth above it.
                    double growth = 0.8 + 0.3 * m / Math.max(1, months - 1);
                    int participants = (int) Math.round(plan.usualParticipants() * growth * (0.85 + 0.3 * random.nextDouble()));
                    int registered = Math.min(plan.capacity(), participants + 1 + random.nextInt(4));
                    participants = Math.min(participants, registered);
                    long activity = rows.activity(guangling, communities.get(community), partner, plan.partner(), title,
                            plan.partner() + "主办，欢迎社区居民报名参加。", venue, starts, ends, plan.capacity(), registered);
                    for (int r = 1; r <= registered; r++) {
                        Instant registeredAt = starts.minusSeconds((3 + random.nextInt(8)) * 86_400L + random.nextInt(40_000));
                        Instant checkedIn = r <= participants ? starts.minusSeconds(random.nextInt(900)) : null;
                        rows.registration(activity, r, name(random), phone("138", ++phones), registeredAt, checkedIn);
                    }
                    boolean recent = ends.plusSeconds(10 * 86_400L).isAfter(now);
                    for (int v = 0; v < 2; v++) {
                        long volunteer = volunteers.get(1 + (held * 2 + v) % (volunteers.size() - 1));
                        rows.shift(organisation, volunteer, activity, venue, v == 0 ? "签到引导" : "场地布置与秩序维护",
                                starts.minusSeconds(1_800), ends.plusSeconds(1_800), SHIFT_MINUTES,
                                recent ? null : plan.partner() + "负责人", recent ? null : ends.plusSeconds(86_400));
                    }
                    held++;
                }
            }
        }
    }

    private static String name(Random random) {
        return SURNAMES.get(random.nextInt(SURNAMES.size())) + GIVEN.get(random.nextInt(GIVEN.size()));
    }

    /** Distinct numbers, so no activity sees one phone twice. */
    private static String phone(String prefix, int n) {
        return prefix + String.format("%08d", 10_000_000 + n * 7_919 % 89_999_999);
    }
}
