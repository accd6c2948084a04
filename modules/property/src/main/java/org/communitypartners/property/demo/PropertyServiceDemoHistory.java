package org.communitypartners.property.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.communitypartners.kernel.api.DemoHistory;
import org.communitypartners.kernel.api.DemoSeed;
import org.communitypartners.kernel.api.indicators.Quarter;
import org.communitypartners.property.commitments.domain.CommitmentRepository;
import org.communitypartners.property.commitments.domain.Coverage;
import org.communitypartners.property.commitments.domain.Frequency;
import org.communitypartners.property.commitments.domain.ServiceCommitment;
import org.communitypartners.property.demo.infrastructure.DemoBills;
import org.communitypartners.property.fees.domain.FeeBasis;
import org.communitypartners.property.fees.domain.FeeItem;
import org.communitypartners.property.fees.domain.FeeRate;
import org.communitypartners.property.fees.domain.FeeRepository;
import org.communitypartners.property.ledger.domain.CanonicalForm;
import org.communitypartners.property.ledger.domain.LedgerCategory;
import org.communitypartners.property.ledger.domain.LedgerEntry;
import org.communitypartners.property.ledger.domain.LedgerParty;
import org.communitypartners.property.ledger.domain.LedgerRepository;
import org.communitypartners.property.ledger.domain.LedgerStatement;
import org.communitypartners.property.ledger.domain.LedgerStepRecord;
import org.communitypartners.property.ledger.domain.StatementStep;

/**
 * Two years of the demo compounds' property service, after their register (order 20): fee items
 * and rates, a bill for every household every month with payments whose collection rate rises
 * (金园华庭 from 65 % to 92 %, where low collection had stalled the power-supply retrofit), the
 * quarter ledgers drafted by the company, approved by the owners' committee, attested by the
 * notary and published into each compound's hash chain — within 30 days, but for two late
 * quarters — and the commitments "public areas cleaned at least twice a week" and "greening
 * tended monthly" with their check-ins, a few weeks missed. Seeded, so every demo is alike.
 */
@ApplicationScoped
@Transactional
public class PropertyServiceDemoHistory implements DemoHistory {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int FULL_QUARTERS = 8;
    private static final String AREA_ITEM = "物业服务费";
    private static final String FLAT_ITEM = "公共能耗分摊费";
    private static final String NOTARY = "notary.tianchang";
    private static final BigDecimal OPENING = new BigDecimal("50000.00");

    /**
     * A demo compound's service: rates, collection from the first to the last full quarter (per
     * mille of households), public revenue a quarter, and the accounts that keep its ledger.
     */
    private record Service(String code, String account, BigDecimal perSquareMetre, BigDecimal perUnit,
                           int firstPerMille, int lastPerMille, BigDecimal parking, BigDecimal advertising) {
    }

    private static final List<Service> SERVICES = List.of(
            new Service("341181001001001", "jinyuan", new BigDecimal("1.20"), new BigDecimal("10.00"), 650, 920,
                    new BigDecimal("18000"), new BigDecimal("4500")),
            new Service("341181001002001", "yimin", new BigDecimal("0.60"), new BigDecimal("6.00"), 700, 880,
                    new BigDecimal("6000"), new BigDecimal("1500")),
            new Service("341181001003001", "yiju", new BigDecimal("1.50"), new BigDecimal("10.00"), 860, 960,
                    new BigDecimal("24000"), new BigDecimal("6000")));
    /** (compound, full quarter) pairs published late: the first 金园华庭 quarter, the third of 益民小区. */
    private static final List<List<Integer>> LATE = List.of(List.of(0, 0), List.of(1, 2));

    @Inject
    FeeRepository fees;
    @Inject
    DemoBills bills;
    @Inject
    LedgerRepository ledger;
    @Inject
    CommitmentRepository commitments;

    @Override
    public int order() {
        return 25;
    }

    @Override
    public void load(DemoSeed seed) {
        Random random = new Random(20_260_803L);
        LocalDate today = seed.today();
        Instant now = Instant.now();
        List<Quarter> full = Quarter.containing(today).previous().lastQuarters(FULL_QUARTERS);
        // Set-wise SQL first, entities last: every statement flushes the persistence context first,
        // which costs more the more entities it holds.
        for (Service service : SERVICES) {
            fees(service, seed.unitId(service.code()), full, today, now);
        }
        for (Service service : SERVICES) {
            commitments(service, seed.unitId(service.code()), seed.shared("partner:" + service.code()), full.get(0),
                    now, random);
        }
        List<List<BigDecimal>> collected = new ArrayList<>();
        for (Service service : SERVICES) {
            long compound = seed.unitId(service.code());
            collected.add(full.stream().map(q -> bills.paid(compound, YearMonth.from(q.firstDay()).toString(),
                    YearMonth.from(q.endDay().minusDays(1)).toString())).toList());
        }
        for (int c = 0; c < SERVICES.size(); c++) {
            ledgers(SERVICES.get(c), c, seed.unitId(SERVICES.get(c).code()), full, collected.get(c), now, random);
        }
    }

    private void fees(Service service, long compound, List<Quarter> full, LocalDate today, Instant now) {
        LocalDate since = full.get(0).firstDay();
        Instant recorded = since.minusDays(20).atTime(9, 0).atZone(CHINA).toInstant();
        FeeItem area = new FeeItem(compound, AREA_ITEM, FeeBasis.PER_SQUARE_METRE_MONTH, service.account() + ".property",
                recorded);
        FeeItem flat = new FeeItem(compound, FLAT_ITEM, FeeBasis.PER_UNIT_MONTH, service.account() + ".property",
                recorded);
        fees.add(area);
        fees.add(flat);
        fees.add(new FeeRate(area.getId(), service.perSquareMetre(), since, service.account() + ".property", recorded));
        fees.add(new FeeRate(flat.getId(), service.perUnit(), since, service.account() + ".property", recorded));
        YearMonth last = YearMonth.from(today);
        YearMonth lastFull = YearMonth.from(full.get(full.size() - 1).endDay().minusDays(1));
        int months = full.size() * 3;
        int i = 0;
        for (YearMonth month = YearMonth.from(since); !month.isAfter(last); month = month.plusMonths(1), i++) {
            String period = month.toString();
            Instant generated = month.atDay(1).atTime(8, 0).atZone(CHINA).toInstant();
            bills.bill(compound, period, area.getId(), AREA_ITEM, service.perSquareMetre(), flat.getId(), FLAT_ITEM,
                    service.perUnit(), generated.isAfter(now) ? now : generated);
            int perMille = service.firstPerMille() + (service.lastPerMille() - service.firstPerMille())
                    * Math.min(i, months - 1) / (months - 1);
            // The latest bills are still being paid: residents pay within weeks, not on the first day.
            long age = month.until(last, java.time.temporal.ChronoUnit.MONTHS);
            int paying = month.isAfter(lastFull) && age == 0 ? perMille * 55 / 100
                    : month.isAfter(lastFull) && age == 1 ? perMille * 85 / 100 : perMille;
            LocalDate paidOn = month.atDay(12).isAfter(today) ? today : month.atDay(12);
            Instant paidAt = paidOn.atTime(10, 0).atZone(CHINA).toInstant();
            bills.pay(compound, period, paying, paidOn, paidAt.isAfter(now) ? now : paidAt);
        }
    }

    private void ledgers(Service service, int c, long compound, List<Quarter> full, List<BigDecimal> collected,
                         Instant now, Random random) {
        BigDecimal opening = OPENING;
        long firstSequence = 1;
        String previous = CanonicalForm.GENESIS;
        String company = service.account() + ".property";
        String committee = service.account() + ".committee";
        for (int q = 0; q < full.size(); q++) {
            Quarter quarter = full.get(q);
            boolean late = LATE.contains(List.of(c, q));
            Instant end = quarter.end();
            LedgerStatement statement = new LedgerStatement(compound, service.code(), companyName(service),
                    quarter, opening, company,
                    end.plus(Duration.ofHours(50)));
            ledger.add(statement);
            for (Item item : items(service, collected.get(q), random)) {
                ledger.add(new LedgerEntry(statement, quarter.firstDay().plusDays(item.day()), item.category(),
                        item.amount(), item.counterparty(), "JZ-" + quarter + "-" + item.voucher(), item.summary()));
            }
            List<LedgerEntry> entries = ledger.entries(statement.getId());
            String hash = CanonicalForm.statementHash(statement.getCompoundCode(), statement.getQuarter(),
                    statement.getOpeningBalance(), entries.stream().map(LedgerEntry::content).toList());
            Instant submitted = end.plus(Duration.ofDays(late ? 12 : 5)).plus(Duration.ofHours(random.nextInt(8)));
            Instant approved = submitted.plus(Duration.ofDays(late ? 13 : 4)).plus(Duration.ofHours(random.nextInt(8)));
            Instant attested = approved.plus(Duration.ofDays(late ? 9 : 4)).plus(Duration.ofHours(random.nextInt(8)));
            Instant published = attested.plus(Duration.ofDays(late ? 3 : 1 + random.nextInt(4)));
            // The last quarter may still be on its way: steps not yet due are left for the people to take.
            if (submitted.isAfter(now)) {
                break;
            }
            statement.submit(LedgerParty.PROPERTY_COMPANY, company, submitted, hash, entries.size());
            step(statement, StatementStep.SUBMIT, LedgerParty.PROPERTY_COMPANY, company, submitted, hash);
            if (approved.isAfter(now)) {
                break;
            }
            statement.approve(LedgerParty.OWNERS_COMMITTEE, committee, approved, hash, hash);
            step(statement, StatementStep.APPROVE, LedgerParty.OWNERS_COMMITTEE, committee, approved, hash);
            if (attested.isAfter(now)) {
                break;
            }
            statement.attest(LedgerParty.NOTARY, NOTARY, attested, hash, hash);
            step(statement, StatementStep.ATTEST, LedgerParty.NOTARY, NOTARY, attested, hash);
            if (published.isAfter(now)) {
                break;
            }
            statement.publish(LedgerParty.PROPERTY_COMPANY, company, published, hash, entries, firstSequence, previous);
            step(statement, StatementStep.PUBLISH, LedgerParty.PROPERTY_COMPANY, company, published, hash);
            firstSequence += entries.size();
            previous = statement.getChainHead();
            opening = statement.getClosingBalance();
        }
    }

    private void step(LedgerStatement statement, StatementStep step, LedgerParty party, String who, Instant at,
                      String hash) {
        ledger.add(new LedgerStepRecord(statement.getId(), step, party, who, at, hash, null));
    }

    private static String companyName(Service service) {
        return switch (service.account()) {
            case "jinyuan" -> "广陵物业服务有限公司";
            case "yimin" -> "益民物业管理有限公司";
            default -> "天韵物业服务有限公司";
        };
    }

    /** A line of a quarter's accounts: its day in the quarter (0-based), category, amount and wording. */
    private record Item(int day, LedgerCategory category, BigDecimal amount, String counterparty, String voucher,
                        String summary) {
    }

    private static List<Item> items(Service service, BigDecimal collected, Random random) {
        List<Item> items = new ArrayList<>();
        items.add(new Item(10, LedgerCategory.STAFF, share(collected, 58, random), "物业服务中心员工", "01",
                "服务人员本季度工资及社保"));
        items.add(new Item(40, LedgerCategory.CLEANING, share(collected, 14, random), "洁美环境服务有限公司", "02",
                "公共区域保洁外包费"));
        items.add(new Item(45, LedgerCategory.GREENING, share(collected, 7, random), "天长市园林绿化工程有限公司", "03",
                "绿化养护及补植"));
        items.add(new Item(60, LedgerCategory.REPAIRS, new BigDecimal(8_000 + random.nextInt(12_000)).setScale(2),
                "天长市机电设备维修部", "04", "电梯、水泵及门禁维修"));
        items.add(new Item(75, LedgerCategory.COMMON_UTILITIES, share(collected, 10, random), "国网天长市供电公司", "05",
                "公共区域照明及设备用电"));
        items.add(new Item(85, LedgerCategory.PROPERTY_FEES, collected.setScale(2, RoundingMode.HALF_UP).max(BigDecimal.ONE),
                "本季度缴费业主", "06", "本季度物业费及公共能耗分摊费收入"));
        items.add(new Item(86, LedgerCategory.PARKING, vary(service.parking(), random), "小区停车场", "07",
                "地面停车位临时停车收费（公共收益）"));
        items.add(new Item(87, LedgerCategory.ADVERTISING, vary(service.advertising(), random), "电梯广告运营商", "08",
                "电梯轿厢广告位租金（公共收益）"));
        return items;
    }

    private static BigDecimal share(BigDecimal collected, int percent, Random random) {
        BigDecimal part = collected.multiply(BigDecimal.valueOf(percent * 100L + random.nextInt(200) - 100))
                .divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP);
        return part.signum() > 0 ? part : BigDecimal.ONE.setScale(2);
    }

    private static BigDecimal vary(BigDecimal base, Random random) {
        return base.multiply(BigDecimal.valueOf(90 + random.nextInt(21))).divide(BigDecimal.valueOf(100), 2,
                RoundingMode.HALF_UP);
    }

    /**
     * Cleaning twice a week (Tuesday and Friday mornings) and greening once a month (mid-month),
     * checked in by the company's staff; about one week in twenty only one round, one month in
     * twelve no greening.
     */
    private void commitments(Service service, long compound, long partner, Quarter first, Instant now,
                             Random random) {
        LocalDate since = first.firstDay().minusWeeks(2);
        Instant created = since.atTime(9, 0).atZone(CHINA).toInstant();
        String staff = service.account() + ".property";
        ServiceCommitment cleaning = new ServiceCommitment(compound, "公共区域每周至少清扫 2 次", 2, Frequency.WEEK,
                Coverage.COMPOUND, "SANITATION", since, staff, created);
        ServiceCommitment greening = new ServiceCommitment(compound, "绿化每月养护 1 次", 1, Frequency.MONTH,
                Coverage.COMPOUND, "GREENING", since.withDayOfMonth(1).plusMonths(1), staff, created);
        commitments.add(cleaning);
        commitments.add(greening);
        List<Instant> rounds = new ArrayList<>();
        for (LocalDate monday = since.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)); ;
             monday = monday.plusWeeks(1)) {
            Instant tuesday = at(monday.plusDays(1), 9, random);
            if (tuesday.isAfter(now)) {
                break;
            }
            rounds.add(tuesday);
            Instant friday = at(monday.plusDays(4), 9, random);
            if (random.nextInt(20) != 0 && friday.isBefore(now)) {
                rounds.add(friday);
            }
        }
        bills.checkIns(cleaning.getId(), compound, partner, staff, rounds, "楼道、电梯厅及垃圾房清扫完毕");
        List<Instant> tended = new ArrayList<>();
        for (LocalDate month = greening.getStartsOn(); ; month = month.plusMonths(1)) {
            Instant day = at(month.withDayOfMonth(15), 14, random);
            if (day.isAfter(now)) {
                break;
            }
            if (random.nextInt(12) != 0) {
                tended.add(day);
            }
        }
        bills.checkIns(greening.getId(), compound, partner, staff, tended, "修剪草坪及绿篱，补植");
    }

    private static Instant at(LocalDate day, int hour, Random random) {
        return LocalDateTime.of(day, java.time.LocalTime.of(hour, random.nextInt(60))).atZone(CHINA).toInstant();
    }
}
