package org.communitypartners.merchants.donations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.communitypartners.kernel.api.DemoHistory;
import org.communitypartners.kernel.api.DemoSeed;
import org.communitypartners.kernel.api.web.ShanghaiTime;
import org.communitypartners.merchants.donations.domain.DonatedItem;
import org.communitypartners.merchants.donations.domain.Donation;
import org.communitypartners.merchants.donations.domain.DonationRepository;
import org.communitypartners.merchants.donations.domain.ExpiryReminder;
import org.communitypartners.merchants.donations.domain.ExpiryRule;
import org.communitypartners.merchants.donations.domain.ExpiryThreshold;
import org.communitypartners.merchants.donations.domain.Inspection;
import org.communitypartners.merchants.donations.domain.InspectionResult;
import org.communitypartners.merchants.donations.domain.Placement;

/**
 * The fire-protection company 安盾消防器材有限公司 gave 20 dry-powder extinguishers to the three
 * communities ten months ago (8 to 永福社区, 6 each to 天福社区 and 天一社区), placed two at a time at
 * key fire-safety points of the demo compounds; most have been inspected, one needs service, and
 * one pair at 益民小区 is good for less than 30 days more (its reminder raised this morning). 天康集团
 * gave first-aid kits to 天福社区 a year ago. Only the past.
 */
@ApplicationScoped
@Transactional
public class DonationsDemoHistory implements DemoHistory {
    private static final String EXTINGUISHER = "干粉灭火器 4kg";
    private static final String UNIT = "具";

    @Inject
    DonationRepository donations;

    /** A community of the demo, its compound, the extinguishers it got, and where they stand (two at each spot). */
    private record Share(String community, String compound, int extinguishers, String[] spots, BigDecimal latitude,
                         BigDecimal longitude) {
    }

    @Override
    public int order() {
        return 31;
    }

    @Override
    public void load(DemoSeed seed) {
        LocalDate today = seed.today();
        long subdistrict = seed.unitId("341181001000");
        long andun = seed.shared("partner:安盾消防器材有限公司");
        LocalDate given = today.minusMonths(10).withDayOfMonth(9);
        Instant recorded = given.atTime(LocalTime.of(15, 0)).atZone(ShanghaiTime.ZONE).toInstant();
        Share[] shares = {
                new Share("341181001001", "341181001001001", 8, new String[] {"1号楼一单元楼道口", "3号楼一单元楼道口",
                        "地下车库入口", "电动车集中充电棚"}, new BigDecimal("32.690100"), new BigDecimal("118.997200")),
                new Share("341181001002", "341181001002001", 6, new String[] {"2号楼楼道口", "老旧小区改造施工区入口",
                        "电动车集中充电棚"}, new BigDecimal("32.689000"), new BigDecimal("118.994000")),
                new Share("341181001003", "341181001003001", 6, new String[] {"物业服务中心", "5号楼楼道口",
                        "垃圾分类亭旁"}, new BigDecimal("32.685300"), new BigDecimal("118.991100"))};
        Instant sevenToday = today.atTime(LocalTime.of(7, 0)).atZone(ShanghaiTime.ZONE).toInstant();
        Instant thisMorning = sevenToday.isBefore(Instant.now()) ? sevenToday : Instant.now();
        int spotNumber = 0;
        for (Share share : shares) {
            long community = seed.unitId(share.community());
            Donation donation = donations.add(new Donation(subdistrict, community, andun, "安盾消防器材有限公司", given,
                    "消防重点部位配置，厂家每季度上门检查", today, "guangling.admin", recorded));
            DonatedItem item = donations.add(new DonatedItem(donation.getId(), EXTINGUISHER, share.extinguishers(), UNIT));
            for (int s = 0; s < share.spots().length; s++) {
                // The spot at 益民小区's building site got extinguishers from an older batch: good for 18 more days.
                boolean older = "341181001002001".equals(share.compound()) && s == 1;
                LocalDate expires = older ? today.plusDays(18) : given.plusYears(2 + spotNumber % 2);
                BigDecimal offset = new BigDecimal("0.000300").multiply(BigDecimal.valueOf(s));
                Placement placement = donations.add(new Placement(donation.getId(), item.getId(), community,
                        new Placement.Spot(seed.unitId(share.compound()), share.spots()[s],
                                share.latitude().add(offset), share.longitude().subtract(offset), 2,
                                given.plusDays(2), expires)));
                for (int quarter = 1; quarter <= 3; quarter++) {
                    if ((spotNumber + quarter) % 4 == 0) {
                        continue;
                    }
                    LocalDate on = given.plusMonths(3L * quarter).minusDays(spotNumber % 5);
                    boolean service = spotNumber == 5 && quarter == 3;
                    donations.add(new Inspection(placement, on, service ? "褚经理（安盾消防）" : "网格员 周红",
                            service ? InspectionResult.NEEDS_SERVICE : InspectionResult.PASSED,
                            service ? "压力表指针接近红区，需充装" : null, today, "guangling.admin",
                            on.atTime(LocalTime.of(16, 0)).atZone(ShanghaiTime.ZONE).toInstant()));
                }
                ExpiryRule.reached(expires, today).filter(t -> t == ExpiryThreshold.DUE_SOON)
                        .ifPresent(t -> donations.add(new ExpiryReminder(placement, t, thisMorning)));
                spotNumber++;
            }
        }
        long tianfu = seed.unitId("341181001002");
        LocalDate kits = today.minusYears(1).withDayOfMonth(20);
        Donation firstAid = donations.add(new Donation(subdistrict, tianfu, seed.shared("partner:天康集团"), "天康集团",
                kits, "独居老人家庭应急包", today, "tianfu.staff",
                kits.atTime(LocalTime.of(10, 0)).atZone(ShanghaiTime.ZONE).toInstant()));
        donations.add(new DonatedItem(firstAid.getId(), "家庭急救包", 30, "个"));
    }
}
