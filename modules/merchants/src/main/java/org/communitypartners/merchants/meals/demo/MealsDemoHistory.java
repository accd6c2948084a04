package org.communitypartners.merchants.meals.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.communitypartners.kernel.api.DemoHistory;
import org.communitypartners.kernel.api.DemoSeed;
import org.communitypartners.kernel.api.indicators.Quarter;
import org.communitypartners.merchants.eligibility.domain.EligibilityCategory;
import org.communitypartners.merchants.meals.domain.MealMenu;
import org.communitypartners.merchants.meals.domain.MealPoint;
import org.communitypartners.merchants.meals.domain.MealRepository;
import org.communitypartners.merchants.meals.domain.MealSet;
import org.communitypartners.merchants.meals.domain.OrderStatus;
import org.communitypartners.merchants.meals.domain.ServingMode;
import org.communitypartners.merchants.meals.domain.SetPrices;
import org.communitypartners.merchants.meals.infrastructure.MealDemoRows;
import org.communitypartners.merchants.meals.infrastructure.MealDemoRows.PastOrder;

/**
 * 天福社区老年助餐点, run by the elderly-care company 天康集团: the 孝亲套餐 (three dishes and a soup,
 * ¥15, from ¥6 for low-income older residents) and a lighter set, the menus of the last two weeks,
 * and eight quarters of served meals — a few dozen a day, growing as word spreads, most of them
 * subsidised. The demo's residents hold no registered codes, so its code uses carry numbers from
 * 1,000,000,000 up that no counter can type; the last month has one meal cancelled after its code
 * was used, so the reconciliation shows a difference to look into.
 */
@ApplicationScoped
@Transactional
public class MealsDemoHistory implements DemoHistory {
    private static final String TIANFU = "341181001002";
    private static final String GUANGLING = "341181001000";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final long FIRST_CODE_USE = 1_000_000_000L;
    private static final String STAFF = "tiankang.meals";
    private static final List<String> DISHES = List.of("红烧肉、清炒时蔬、番茄炒蛋、紫菜蛋汤", "清蒸鱼、蒜蓉青菜、麻婆豆腐、冬瓜排骨汤",
            "土豆烧鸡、炒豆芽、肉末茄子、丝瓜蛋汤", "红烧狮子头、清炒菠菜、木耳炒蛋、萝卜汤", "糖醋里脊、手撕包菜、蒸水蛋、青菜豆腐汤",
            "香菇炖鸡、炒西葫芦、鱼香肉丝、番茄蛋汤", "卤牛肉、蒜泥白菜、家常豆腐、海带排骨汤");

    @Inject
    MealRepository meals;
    @Inject
    MealDemoRows rows;

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void load(DemoSeed seed) {
        LocalDate today = seed.today();
        Instant opened = today.minusYears(2).minusMonths(3).atStartOfDay(CHINA).toInstant();
        long tianfu = seed.unitId(TIANFU);
        long tiankang = seed.shared("partner:天康集团");
        seed.bindPartnerStaff(STAFF, tiankang);
        MealPoint point = meals.add(new MealPoint(tiankang, seed.unitId(GUANGLING), tianfu,
                new MealPoint.Details("天福社区老年助餐点", "天长市广陵街道天福社区党群服务中心一楼", "0550-7023456",
                        "11:00-12:30，17:00-18:00", 80, true), "tianfu.staff", opened));
        Map<EligibilityCategory, BigDecimal> xiaoqinTiers = new EnumMap<>(EligibilityCategory.class);
        xiaoqinTiers.put(EligibilityCategory.LOW_INCOME, new BigDecimal("6"));
        xiaoqinTiers.put(EligibilityCategory.EXTREME_HARDSHIP, new BigDecimal("6"));
        xiaoqinTiers.put(EligibilityCategory.DISABLED, new BigDecimal("8"));
        xiaoqinTiers.put(EligibilityCategory.AGED_80_PLUS, new BigDecimal("8"));
        xiaoqinTiers.put(EligibilityCategory.LIVING_ALONE, new BigDecimal("10"));
        MealSet xiaoqin = meals.add(new MealSet(point.getId(), "孝亲套餐", "三菜一汤",
                new SetPrices(new BigDecimal("15"), xiaoqinTiers), true));
        Map<EligibilityCategory, BigDecimal> lightTiers = new EnumMap<>(EligibilityCategory.class);
        lightTiers.put(EligibilityCategory.LOW_INCOME, new BigDecimal("5"));
        lightTiers.put(EligibilityCategory.EXTREME_HARDSHIP, new BigDecimal("5"));
        lightTiers.put(EligibilityCategory.AGED_80_PLUS, new BigDecimal("7"));
        MealSet light = meals.add(new MealSet(point.getId(), "清淡套餐", "两菜一汤，少油少盐",
                new SetPrices(new BigDecimal("12"), lightTiers), true));

        for (int d = 14; d >= 0; d--) {
            LocalDate day = today.minusDays(d);
            meals.add(new MealMenu(point.getId(), xiaoqin.getId(), day, DISHES.get(day.getDayOfYear() % DISHES.size())));
            meals.add(new MealMenu(point.getId(), light.getId(), day, "清蒸鲈鱼、白灼菜心、小米粥"));
        }
        rows.orders(point.getId(), seed.unitId(GUANGLING), tianfu, STAFF, history(today, xiaoqin, light));
    }

    /** Served meals of the eight quarters up to yesterday: 20–30 a day at first, about 45 by now; fewer on Sundays. */
    private static List<PastOrder> history(LocalDate today, MealSet xiaoqin, MealSet light) {
        Random random = new Random(20_261_008L);
        List<PastOrder> orders = new ArrayList<>();
        LocalDate first = Quarter.containing(today).lastQuarters(8).get(0).firstDay();
        long days = today.toEpochDay() - first.toEpochDay();
        long codeUse = FIRST_CODE_USE;
        for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
            double growth = (double) (day.toEpochDay() - first.toEpochDay()) / days;
            int meals = 20 + (int) (growth * 20) + random.nextInt(10);
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                meals /= 2;
            }
            for (int n = 0; n < meals; n++) {
                MealSet set = random.nextInt(5) == 0 ? light : xiaoqin;
                EligibilityCategory category = category(random.nextInt(100));
                SetPrices prices = set.prices();
                if (category != null && !prices.tiers().containsKey(category)) {
                    category = null;
                }
                int roll = random.nextInt(100);
                ServingMode mode = roll < 60 ? ServingMode.DINE_IN : roll < 85 ? ServingMode.PICK_UP : ServingMode.DELIVERY;
                Instant ordered = day.atTime(LocalTime.of(8, 30).plusMinutes(random.nextInt(150))).atZone(CHINA).toInstant();
                Instant served = day.atTime(LocalTime.of(11, 0).plusMinutes(random.nextInt(90))).atZone(CHINA).toInstant();
                orders.add(new PastOrder(set.getId(), day, mode, OrderStatus.SERVED, prices.standard(),
                        prices.priceFor(category), category, category == null ? null : codeUse++, ordered, served));
            }
        }
        // A meal cancelled last month after the resident's code was used: the reconciliation lists the use.
        LocalDate lastMonth = today.withDayOfMonth(1).minusMonths(1).plusDays(9);
        Instant ordered = lastMonth.atTime(9, 0).atZone(CHINA).toInstant();
        orders.add(new PastOrder(xiaoqin.getId(), lastMonth, ServingMode.DELIVERY, OrderStatus.CANCELLED,
                xiaoqin.getStandardPrice(), xiaoqin.prices().priceFor(EligibilityCategory.LIVING_ALONE),
                EligibilityCategory.LIVING_ALONE, codeUse, ordered, ordered.plusSeconds(3_600)));
        return orders;
    }

    /** 55 in 100 older diners are subsidised: 低保 20, 80+ 18, 独居 8, 残疾 5, 特困 4. */
    private static EligibilityCategory category(int roll) {
        if (roll < 20) {
            return EligibilityCategory.LOW_INCOME;
        } else if (roll < 38) {
            return EligibilityCategory.AGED_80_PLUS;
        } else if (roll < 46) {
            return EligibilityCategory.LIVING_ALONE;
        } else if (roll < 51) {
            return EligibilityCategory.DISABLED;
        } else if (roll < 55) {
            return EligibilityCategory.EXTREME_HARDSHIP;
        }
        return null;
    }
}
