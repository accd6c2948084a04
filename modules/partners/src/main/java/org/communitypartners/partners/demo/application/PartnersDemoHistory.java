package org.communitypartners.partners.demo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.communitypartners.kernel.api.DemoHistory;
import org.communitypartners.kernel.api.DemoSeed;
import org.communitypartners.partners.api.PartnerKind;
import org.communitypartners.partners.demo.domain.DemoOrderPlan;
import org.communitypartners.partners.demo.domain.DemoOrderPlan.Compound;
import org.communitypartners.partners.demo.domain.DemoOrderPlan.PlannedOrder;
import org.communitypartners.partners.demo.infrastructure.DemoRows;

/**
 * The partners of the brief in 广陵街道 — three property companies, the caring merchants (王大能工作室,
 * 天康集团, 吾悦广场, the fire-protection company, …), the mass organisations (天一社区's senior art
 * troupe, the women's federation, …) — active for two years, and the work orders of their three
 * compounds over that time. The property register's demo (module property) gives the compounds
 * the households counted here.
 */
@ApplicationScoped
@Transactional
public class PartnersDemoHistory implements DemoHistory {
    public static final String GUANGLING = "341181001000";
    public static final String YONGFU = "341181001001";
    public static final String TIANFU = "341181001002";
    public static final String TIANYI = "341181001003";
    /** Households of 金园华庭, 益民小区 and 易居天韵: the property module's demo register gets as many units. */
    public static final int JINYUAN_HOUSEHOLDS = 480;
    public static final int YIMIN_HOUSEHOLDS = 360;
    public static final int YIJU_HOUSEHOLDS = 520;
    private static final long SEED = 20_260_801L;
    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴");
    private static final List<String> TITLES = List.of("先生", "女士", "大爷", "阿姨", "师傅");
    private static final List<String> WORDS = List.of("请尽快处理", "已经好几天了", "影响老人出行", "麻烦物业看一下",
            "希望社区协调");

    @Inject
    DemoRows rows;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load(DemoSeed seed) {
        LocalDate today = seed.today();
        Instant joined = today.minusYears(2).minusMonths(3).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
        long guangling = seed.unitId(GUANGLING);
        long yongfu = seed.unitId(YONGFU);
        long tianfu = seed.unitId(TIANFU);
        long tianyi = seed.unitId(TIANYI);
        List<Long> all = List.of(yongfu, tianfu, tianyi);

        long jinyuanCompany = rows.activePartner(PartnerKind.PROPERTY_COMPANY, "广陵物业服务有限公司", "孙经理", "13905501001",
                yongfu, List.of(yongfu), joined);
        long yiminCompany = rows.activePartner(PartnerKind.PROPERTY_COMPANY, "益民物业管理有限公司", "钱经理", "13905501002",
                tianfu, List.of(tianfu), joined);
        long yijuCompany = rows.activePartner(PartnerKind.PROPERTY_COMPANY, "天韵物业服务有限公司", "郑经理", "13905501003",
                tianyi, List.of(tianyi), joined);
        seed.bindPartnerStaff("jinyuan.property", jinyuanCompany);
        // The property module's demo builds the register of each compound: its company and its households.
        seed.share("partner:341181001001001", jinyuanCompany);
        seed.share("partner:341181001002001", yiminCompany);
        seed.share("partner:341181001003001", yijuCompany);
        seed.share("households:341181001001001", JINYUAN_HOUSEHOLDS);
        seed.share("households:341181001002001", YIMIN_HOUSEHOLDS);
        seed.share("households:341181001003001", YIJU_HOUSEHOLDS);

        merchant(seed, "王大能工作室", "王恒君", "13905502001", tianfu, List.of(tianfu), joined);
        merchant(seed, "天康集团", "冯主任", "13905502002", guangling, all, joined);
        merchant(seed, "吾悦广场", "陈店长", "13905502003", yongfu, List.of(yongfu), joined);
        merchant(seed, "安盾消防器材有限公司", "褚经理", "13905502004", guangling, all, joined);
        merchant(seed, "福寿堂大药房", "卫药师", "13905502005", tianfu, List.of(tianfu), joined);
        merchant(seed, "邻里鲜超市", "蒋店长", "13905502006", yongfu, List.of(yongfu), joined);
        merchant(seed, "小太阳早教中心", "沈老师", "13905502007", tianyi, List.of(tianyi), joined);
        merchant(seed, "老街修理铺", "韩师傅", "13905502008", tianfu, List.of(tianfu), joined);
        merchant(seed, "好味道餐馆", "杨老板", "13905502009", tianyi, List.of(tianyi), joined);
        rows.activePartner(PartnerKind.MASS_ORGANIZATION, "天一社区老年艺术团", "朱团长", "13905503001", tianyi,
                List.of(tianyi), joined);
        rows.activePartner(PartnerKind.MASS_ORGANIZATION, "广陵街道妇女联合会", "秦主席", "13905503002", guangling, all,
                joined);
        rows.activePartner(PartnerKind.MASS_ORGANIZATION, "广陵街道团工委", "尤书记", "13905503003", guangling, all, joined);
        rows.activePartner(PartnerKind.MASS_ORGANIZATION, "广陵街道总工会", "许主席", "13905503004", guangling, all, joined);

        List<Compound> compounds = List.of(
                new Compound(seed.unitId("341181001001001"), yongfu, JINYUAN_HOUSEHOLDS, jinyuanCompany),
                new Compound(seed.unitId("341181001002001"), tianfu, YIMIN_HOUSEHOLDS, yiminCompany),
                new Compound(seed.unitId("341181001003001"), tianyi, YIJU_HOUSEHOLDS, yijuCompany));
        List<PlannedOrder> planned = DemoOrderPlan.plan(compounds, Instant.now(), SEED);
        for (int n = 0; n < planned.size(); n++) {
            PlannedOrder order = planned.get(n);
            String name = SURNAMES.get(n % SURNAMES.size()) + TITLES.get(n / SURNAMES.size() % TITLES.size());
            String phone = "139" + String.format("%08d", 10_000_000 + n * 7_919 % 89_999_999);
            rows.order(order, guangling, description(order, n), name, phone);
        }
    }

    /** An active merchant, shared as {@code partner:<name>} for the merchants module's library and offers. */
    private void merchant(DemoSeed seed, String name, String contact, String phone, long home, List<Long> served,
                          Instant joined) {
        seed.share("partner:" + name, rows.activePartner(PartnerKind.MERCHANT, name, contact, phone, home, served, joined));
    }

    private static String description(PlannedOrder order, int n) {
        String what = switch (order.category()) {
            case "PROPERTY_COMPLAINT" -> "物业服务不到位：楼道保洁不及时";
            case "ELEVATOR" -> "电梯运行有异响";
            case "SANITATION" -> "垃圾清运不及时";
            case "PARKING" -> "消防通道被车辆占用";
            case "NOISE" -> "夜间装修噪音";
            case "WATER_POWER" -> "楼道灯不亮";
            case "GREENING" -> "绿化带杂草丛生";
            case "SAFETY" -> "电动车楼道飞线充电";
            default -> "单元门禁损坏";
        };
        return what + "，" + WORDS.get(n % WORDS.size());
    }
}
