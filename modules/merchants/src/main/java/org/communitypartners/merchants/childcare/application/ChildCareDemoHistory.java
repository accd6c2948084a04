package org.communitypartners.merchants.childcare.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.communitypartners.kernel.api.AccessCode;
import org.communitypartners.kernel.api.DemoHistory;
import org.communitypartners.kernel.api.DemoSeed;
import org.communitypartners.kernel.api.PhoneNumber;
import org.communitypartners.kernel.api.web.ShanghaiTime;
import org.communitypartners.merchants.childcare.domain.AgeBand;
import org.communitypartners.merchants.childcare.domain.BookingChannel;
import org.communitypartners.merchants.childcare.domain.CareBooking;
import org.communitypartners.merchants.childcare.domain.CareSession;
import org.communitypartners.merchants.childcare.domain.ChildCareRepository;
import org.communitypartners.merchants.childcare.domain.ChildCareRules;
import org.communitypartners.merchants.childcare.domain.ChildCareStation;
import org.communitypartners.merchants.childcare.domain.RotaEntry;

/**
 * The child-care station (带娃驿站) in 吾悦广场's reading corner, 永福社区: 吾悦广场 gives the space,
 * 广陵街道团工委 links the volunteers, 小太阳早教中心 designs the courses. A Saturday-morning session
 * every week of the last four months, mostly well booked, two volunteers on most rotas (a few a
 * volunteer short); guardians of sessions older than the retention period already blanked, as the
 * nightly job would have.
 */
@ApplicationScoped
@Transactional
public class ChildCareDemoHistory implements DemoHistory {
    private static final String YONGFU = "341181001001";
    private static final int WEEKS = 17;
    private static final int CAPACITY = 12;
    private static final List<String> TOPICS = List.of("绘本共读：好饿的毛毛虫", "手工折纸：小动物", "亲子律动",
            "科学小实验：会跳舞的盐", "积木搭建：我的家", "国学启蒙：三字经", "自然观察：秋天的树叶", "绘画：我的妈妈");
    private static final List<String> GUARDIANS = List.of("刘女士", "陈先生", "张女士", "王女士", "李先生", "赵女士",
            "黄女士", "周先生", "吴女士", "孙女士", "马先生", "朱女士", "胡女士", "郭先生");
    private static final List<String> VOLUNTEERS = List.of("团员 林晓雨", "团员 何志远", "团员 高佳怡", "团员 罗浩然");

    @Inject
    ChildCareRepository childCare;

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void load(DemoSeed seed) {
        LocalDate today = seed.today();
        Instant now = Instant.now();
        long yongfu = seed.unitId(YONGFU);
        Instant opened = today.minusWeeks(WEEKS + 1).atStartOfDay(ShanghaiTime.ZONE).toInstant();
        ChildCareStation station = childCare.add(new ChildCareStation(seed.unitId("341181001000"), yongfu,
                new ChildCareStation.Details("吾悦广场带娃驿站", "吾悦广场三楼阅读角",
                        new ChildCareStation.Party(seed.shared("partner:吾悦广场"), "吾悦广场"),
                        new ChildCareStation.Party(seed.shared("partner:广陵街道团工委"), "广陵街道团工委"),
                        new ChildCareStation.Party(seed.shared("partner:小太阳早教中心"), "小太阳早教中心"), 2),
                "yongfu.staff", opened));
        LocalDate lastSaturday = today.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        for (int week = WEEKS - 1; week >= 0; week--) {
            LocalDate day = lastSaturday.minusWeeks(week);
            Instant starts = day.atTime(LocalTime.of(9, 30)).atZone(ShanghaiTime.ZONE).toInstant();
            Instant ends = day.atTime(LocalTime.of(11, 0)).atZone(ShanghaiTime.ZONE).toInstant();
            AgeBand youngest = week % 3 == 0 ? AgeBand.TODDLER : AgeBand.PRESCHOOL;
            AgeBand oldest = week % 4 == 0 ? AgeBand.LOWER_PRIMARY : AgeBand.PRESCHOOL;
            CareSession session = childCare.add(new CareSession(station.getId(), new CareSession.Plan(starts, ends,
                    TOPICS.get(week % TOPICS.size()), CAPACITY, youngest, oldest)));
            int booked = 7 + (week * 5) % 6;
            for (int n = 0; n < booked; n++) {
                Instant bookedAt = starts.minusSeconds(86_400L * (1 + (n + week) % 5) + 600L * n);
                AgeBand band = n % 3 == 0 ? youngest : oldest;
                session.takeSeat(band, true, bookedAt);
                int who = (week * 3 + n) % GUARDIANS.size();
                CareBooking booking = childCare.add(new CareBooking(session.getId(), AccessCode.next(),
                        GUARDIANS.get(who), new PhoneNumber("1390550" + String.format("%04d", 1000 + who * 37 + week)),
                        band, n % 4 == 3 ? BookingChannel.STAFF : BookingChannel.PUBLIC, bookedAt));
                if (n == booked - 1 && week % 5 == 2) {
                    booking.cancel(bookedAt.plusSeconds(3_600));
                    session.releaseSeat(bookedAt.plusSeconds(3_600));
                }
                if (ChildCareRules.anonymiseAfter(ends).isBefore(now)) {
                    booking.anonymise(ChildCareRules.anonymiseAfter(ends));
                }
            }
            int volunteers = week % 6 == 1 ? 1 : 2;
            for (int v = 0; v < volunteers; v++) {
                childCare.add(new RotaEntry(session.getId(), VOLUNTEERS.get((week + v) % VOLUNTEERS.size()), null,
                        "yongfu.staff", starts.minusSeconds(3L * 86_400)));
            }
        }
    }
}
