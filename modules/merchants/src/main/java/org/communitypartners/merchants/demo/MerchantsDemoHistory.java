package org.communitypartners.merchants.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.communitypartners.kernel.api.DemoHistory;
import org.communitypartners.kernel.api.DemoSeed;
import org.communitypartners.kernel.api.FieldCipher;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PhoneNumber;
import org.communitypartners.merchants.eligibility.domain.EligibilityCategory;
import org.communitypartners.merchants.eligibility.domain.EligibilityGrant;
import org.communitypartners.merchants.eligibility.domain.EligibilityKey;
import org.communitypartners.merchants.eligibility.domain.EligibilityRepository;
import org.communitypartners.merchants.eligibility.domain.EligibleResident;
import org.communitypartners.merchants.eligibility.domain.ResidentIdentity;
import org.communitypartners.merchants.eligibility.domain.TierPrices;
import org.communitypartners.merchants.library.domain.GeoPoint;
import org.communitypartners.merchants.library.domain.MerchantCategory;
import org.communitypartners.merchants.library.domain.MerchantProfile;
import org.communitypartners.merchants.library.domain.MerchantRepository;
import org.communitypartners.merchants.library.domain.OfferedService;
import org.communitypartners.merchants.library.domain.OpeningHours;
import org.communitypartners.merchants.offers.domain.BenefitOffer;
import org.communitypartners.merchants.offers.domain.OfferRepository;
import org.communitypartners.merchants.offers.domain.Redemption;

/**
 * The merchant partners of the brief in the library, placed a short walk from the demo compounds,
 * nine of them caring merchants marked over two years; their offers (王大能工作室's haircut, ¥10,
 * free for 低保 and 残疾 households, and a few others); a handful of residents with consented
 * eligibility; and two years of redemptions, a few hundred person-times. Deterministic.
 */
@ApplicationScoped
@Transactional
public class MerchantsDemoHistory implements DemoHistory {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final double METRES_PER_DEGREE = 2 * Math.PI * 6_371_008.8 / 360;
    private static final String JINYUAN = "341181001001001";
    private static final String YIMIN = "341181001002001";
    private static final String YIJU = "341181001003001";
    private static final String STAFF = "tianfu.staff";
    private static final String WEEKDAYS = "09:00-12:00,13:30-19:00";

    /** A shop of the brief: its partner's name, category, community, and metres north and east of a compound. */
    private record Shop(String name, MerchantCategory category, String community, String compound, double north,
                        double east, String address, String phone, String service, String price, int caringMonthsAgo) {
    }

    // 王大能工作室 lies 300 m east of 益民小区, the place the merchants system test expects it.
    private static final List<Shop> SHOPS = List.of(
            new Shop("王大能工作室", MerchantCategory.BARBER, "341181001002", YIMIN, 0, 300, "益民路 300 号",
                    "0550-7012001", "理发", "10", 26),
            new Shop("福寿堂大药房", MerchantCategory.PHARMACY, "341181001002", YIMIN, -250, -200, "益民路 18 号",
                    "0550-7012005", "代煎中药（每剂）", "15", 20),
            new Shop("老街修理铺", MerchantCategory.REPAIR, "341181001002", YIMIN, 100, -450, "老街 66 号",
                    "0550-7012008", "上门小家电维修", "30", 14),
            new Shop("吾悦广场", MerchantCategory.MALL, "341181001001", JINYUAN, 200, 250, "天康大道 1 号",
                    "0550-7012003", "带娃驿站阅读角（每次）", "0", 18),
            new Shop("邻里鲜超市", MerchantCategory.GROCERY, "341181001001", JINYUAN, -120, 80, "金园路 9 号",
                    "0550-7012006", "送菜上门（每单）", "5", 9),
            new Shop("安盾消防器材有限公司", MerchantCategory.OTHER, "341181001001", JINYUAN, 400, 500, "工业园路 12 号",
                    "0550-7012004", "灭火器检测（每具）", "20", 22),
            new Shop("小太阳早教中心", MerchantCategory.EDUCATION, "341181001003", YIJU, 150, 350, "天韵路 28 号",
                    "0550-7012007", "亲子早教体验课", "80", 12),
            new Shop("好味道餐馆", MerchantCategory.CATERING, "341181001003", YIJU, -100, 150, "天韵路 6 号",
                    "0550-7012009", "老人午餐（两荤一素）", "18", 6),
            new Shop("天康集团", MerchantCategory.ELDERLY_CARE, "341181001003", YIJU, 300, 600, "天康大道 88 号",
                    "0550-7012002", "助浴上门服务", "60", 24));

    /** A resident community staff registered, with consent unless said otherwise. */
    private record Resident(String name, String community, String idNumber, String mobile, boolean consent,
                            List<EligibilityCategory> categories, String evidence) {
    }

    private static final List<Resident> RESIDENTS = List.of(
            new Resident("薛桂英", "341181001002", "341181194503020028", "13905504001", true,
                    List.of(EligibilityCategory.LIVING_ALONE, EligibilityCategory.AGED_80_PLUS), "天福社区独居老人台账 2024-07"),
            new Resident("刘建国", "341181001002", "341181196208150035", "13905504002", true,
                    List.of(EligibilityCategory.LOW_INCOME), "天长市低保证 天民保字 2025-0153"),
            new Resident("陈秀英", "341181001002", "341181197011230046", "13905504003", true,
                    List.of(EligibilityCategory.DISABLED), "残疾人证 34118119701123004642"),
            new Resident("赵志强", "341181001001", "341181195905060051", "13905504004", true,
                    List.of(EligibilityCategory.LOW_INCOME, EligibilityCategory.DISABLED), "天长市低保证 天民保字 2024-0877"),
            new Resident("周玉梅", "341181001003", "341181194402170062", "13905504005", true,
                    List.of(EligibilityCategory.AGED_80_PLUS), "户籍登记 出生 1944-02-17"),
            new Resident("吴海燕", "341181001002", "341181198104090073", "13905504006", false,
                    List.of(EligibilityCategory.LOW_INCOME), "天长市低保证 天民保字 2025-0311"));

    @Inject
    MerchantRepository merchants;
    @Inject
    OfferRepository offers;
    @Inject
    EligibilityRepository eligibility;
    @Inject
    @EligibilityKey
    FieldCipher cipher;
    @Inject
    OrgDirectory directory;

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void load(DemoSeed seed) {
        LocalDate today = seed.today();
        Instant now = today.atTime(9, 0).atZone(CHINA).toInstant();
        Random random = new Random(20_261_128L);
        long barberPartner = seed.shared("partner:王大能工作室");
        seed.bindPartnerStaff("wang.hengjun", barberPartner);
        for (Shop shop : SHOPS) {
            MerchantProfile profile = profile(seed, shop, now);
            if (shop.caringMonthsAgo() > 0) {
                profile.markCaring(STAFF, today.minusMonths(shop.caringMonthsAgo()).atTime(10, 0).atZone(CHINA)
                        .toInstant());
            }
            merchants.add(new OfferedService(profile.getId(), shop.service(), new BigDecimal(shop.price()), null));
            offer(shop, profile, today).ifPresent(offer -> redemptions(offer, shop, today, random));
        }
        for (Resident resident : RESIDENTS) {
            register(seed, resident, today, now);
        }
    }

    private MerchantProfile profile(DemoSeed seed, Shop shop, Instant at) {
        long subdistrict = seed.unitId("341181001000");
        OrgUnitView compound = directory.find(seed.unitId(shop.compound())).orElseThrow();
        double latitude = compound.latitude().doubleValue() + shop.north() / METRES_PER_DEGREE;
        double longitude = compound.longitude().doubleValue()
                + shop.east() / (METRES_PER_DEGREE * Math.cos(Math.toRadians(compound.latitude().doubleValue())));
        Map<DayOfWeek, String> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SUNDAY || shop.category() != MerchantCategory.BARBER) {
                hours.put(day, WEEKDAYS);
            }
        }
        return merchants.add(new MerchantProfile(seed.shared("partner:" + shop.name()), subdistrict,
                new MerchantProfile.Details(seed.unitId(shop.community()), shop.name(), shop.category(),
                        "天长市广陵街道" + shop.address(), GeoPoint.of(latitude, longitude), shop.phone(),
                        OpeningHours.of(hours)), STAFF, at));
    }

    /** The shops of the brief that give lower prices, and to whom; a free service needs no offer. */
    private Optional<BenefitOffer> offer(Shop shop, MerchantProfile profile, LocalDate today) {
        Map<EligibilityCategory, BigDecimal> tiers = switch (shop.name()) {
            case "王大能工作室" -> Map.of(EligibilityCategory.LOW_INCOME, BigDecimal.ZERO,
                    EligibilityCategory.DISABLED, BigDecimal.ZERO);
            case "福寿堂大药房" -> Map.of(EligibilityCategory.AGED_80_PLUS, new BigDecimal("8"),
                    EligibilityCategory.LIVING_ALONE, new BigDecimal("8"), EligibilityCategory.LOW_INCOME,
                    new BigDecimal("5"));
            case "老街修理铺" -> Map.of(EligibilityCategory.LIVING_ALONE, BigDecimal.ZERO,
                    EligibilityCategory.DISABLED, new BigDecimal("15"));
            case "好味道餐馆" -> Map.of(EligibilityCategory.AGED_80_PLUS, new BigDecimal("10"),
                    EligibilityCategory.LOW_INCOME, new BigDecimal("8"), EligibilityCategory.EXTREME_HARDSHIP,
                    BigDecimal.ZERO);
            default -> Map.of();
        };
        if (tiers.isEmpty()) {
            return Optional.empty();
        }
        int quota = shop.category() == MerchantCategory.BARBER ? 40 : 15;
        Instant at = today.minusYears(2).minusMonths(1).atStartOfDay(CHINA).toInstant();
        return Optional.of(offers.add(new BenefitOffer(profile.getId(), profile.getSubdistrictId(),
                profile.getCommunityId(), new BenefitOffer.Terms(shop.service(),
                new TierPrices(new BigDecimal(shop.price()), tiers), today.minusYears(2).minusMonths(1).withDayOfMonth(1),
                today.plusYears(1), quota), STAFF, at)));
    }

    /** Eight quarters of person-times: the barber about a dozen a month, the others a few. */
    private void redemptions(BenefitOffer offer, Shop shop, LocalDate today, Random random) {
        List<EligibilityCategory> categories = offer.tierPrices().prices().keySet().stream().sorted().toList();
        YearMonth thisMonth = YearMonth.from(today);
        for (YearMonth month = thisMonth.minusMonths(23); !month.isAfter(thisMonth); month = month.plusMonths(1)) {
            int times = shop.category() == MerchantCategory.BARBER ? 9 + random.nextInt(7) : 1 + random.nextInt(4);
            int lastDay = month.equals(thisMonth) ? today.getDayOfMonth() - 1 : month.lengthOfMonth();
            for (int n = 0; n < times && lastDay >= 1; n++) {
                Instant at = month.atDay(1 + random.nextInt(lastDay)).atTime(9 + random.nextInt(9), random.nextInt(60))
                        .atZone(CHINA).toInstant();
                EligibilityCategory category = categories.get(random.nextInt(categories.size()));
                if (month.equals(thisMonth) && !offer.takeQuota(month)) {
                    break;
                }
                offers.add(new Redemption(offer, month, category, offer.tierPrices().prices().get(category),
                        shop.category() == MerchantCategory.BARBER ? "wang.hengjun" : shop.name(), at));
            }
        }
    }

    private void register(DemoSeed seed, Resident resident, LocalDate today, Instant at) {
        long community = seed.unitId(resident.community());
        EligibleResident registered = eligibility.add(new EligibleResident(seed.unitId("341181001000"), community,
                resident.name(), new ResidentIdentity(resident.idNumber(), new PhoneNumber(resident.mobile())), cipher,
                STAFF, at.minusSeconds(86_400L * 200)));
        if (resident.consent()) {
            registered.recordConsent(true, STAFF, at.minusSeconds(86_400L * 200));
        }
        for (EligibilityCategory category : resident.categories()) {
            eligibility.add(new EligibilityGrant(registered.getId(), category, resident.evidence(),
                    LocalDate.of(today.getYear(), 12, 31), today, cipher, STAFF,
                    at.minusSeconds(86_400L * 200)));
        }
    }
}
