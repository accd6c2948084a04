package org.communitypartners.property.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.communitypartners.kernel.api.DemoHistory;
import org.communitypartners.kernel.api.DemoSeed;
import org.communitypartners.kernel.api.PhoneNumber;
import org.communitypartners.property.domain.Building;
import org.communitypartners.property.domain.ExclusiveArea;
import org.communitypartners.kernel.api.FieldCipher;
import org.communitypartners.property.domain.OwnerIdKey;
import org.communitypartners.property.domain.PropertyUnit;
import org.communitypartners.property.domain.RegisterRepository;
import org.communitypartners.property.domain.ResidentIdNumber;
import org.communitypartners.property.domain.ServiceContract;
import org.communitypartners.property.domain.UnitOwner;

/**
 * The register of the demo compounds: each under contract with the property company the
 * partners' demo created, with as many units as the households it planned orders for, and an
 * owner for every unit (ID numbers valid per GB 11643, encrypted like any other).
 */
@ApplicationScoped
@Transactional
public class PropertyDemoHistory implements DemoHistory {
    private static final String SERVICE_LEVEL = "公共区域每周至少清扫 2 次；绿化每月养护；电梯每半月维保";
    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
            "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗");
    private static final List<String> GIVEN = List.of("建国", "秀英", "桂兰", "志强", "海燕", "文华", "丽娟", "国庆",
            "玉梅", "明", "军", "敏", "静", "磊", "婷");

    /** A demo compound: its code, floors of its buildings and flats per floor; buildings follow from its households. */
    private record Layout(String code, int floors, int perFloor) {
    }

    private static final List<Layout> COMPOUNDS = List.of(new Layout("341181001001001", 15, 4),
            new Layout("341181001002001", 6, 5), new Layout("341181001003001", 10, 4));

    @Inject
    RegisterRepository register;
    @Inject
    @OwnerIdKey
    FieldCipher cipher;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void load(DemoSeed seed) {
        Random random = new Random(20_260_802L);
        LocalDate today = seed.today();
        for (Layout layout : COMPOUNDS) {
            long compound = seed.unitId(layout.code());
            register.add(new ServiceContract(compound, seed.shared("partner:" + layout.code()),
                    today.minusYears(2).minusMonths(3), today.plusYears(1).withDayOfYear(1).minusDays(1), SERVICE_LEVEL,
                    2, "demo", Instant.now()));
            long households = seed.shared("households:" + layout.code());
            int perBuilding = layout.floors() * layout.perFloor();
            for (int b = 1; b <= (households + perBuilding - 1) / perBuilding; b++) {
                Building building = new Building(compound, String.valueOf(b), b + "号楼", layout.floors());
                register.add(building);
                int flats = (int) Math.min(perBuilding, households - (long) (b - 1) * perBuilding);
                for (int n = 0; n < flats; n++) {
                    String number = (n / layout.perFloor() + 1) + String.format("%02d", n % layout.perFloor() + 1);
                    PropertyUnit unit = new PropertyUnit(building, number,
                            new ExclusiveArea(BigDecimal.valueOf(6_000 + random.nextInt(8_000), 2)));
                    register.add(unit);
                    register.add(new UnitOwner(unit, name(random), idNumber(random), cipher,
                            new PhoneNumber("139" + String.format("%08d", random.nextInt(100_000_000))),
                            UnitOwner.WHOLE));
                }
            }
        }
    }

    private static String name(Random random) {
        return SURNAMES.get(random.nextInt(SURNAMES.size())) + GIVEN.get(random.nextInt(GIVEN.size()));
    }

    /** A number of 天长市 (341181), born 1950–1994, with its check character. */
    private static ResidentIdNumber idNumber(Random random) {
        LocalDate born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(45 * 365));
        String first17 = "341181" + born.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        return new ResidentIdNumber(first17 + ResidentIdNumber.checkCharacter(first17));
    }
}
