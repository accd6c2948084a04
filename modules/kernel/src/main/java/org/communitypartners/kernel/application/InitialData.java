package org.communitypartners.kernel.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.JobLease;
import org.communitypartners.kernel.domain.OrgUnit;
import org.communitypartners.kernel.domain.OrgUnitRepository;
import org.communitypartners.kernel.domain.UserAccount;
import org.communitypartners.kernel.domain.UserAccountRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first data of an empty database: either the Guangling demo (城市 天长市, 广陵街道, its three
 * communities and three compounds, one account per role), or, in production, just the city
 * and one system administrator. Every seeded account must change its password at first sign-in.
 */
@Stateless
public class InitialData {
    private static final Logger LOG = Logger.getLogger(InitialData.class.getName());

    @Inject
    OrgUnitRepository units;
    @Inject
    UserAccountRepository accounts;
    @Inject
    PasswordHasher hasher;
    @Inject
    JobLease seeding;

    @Inject
    @ConfigProperty(name = "cp.demo-data", defaultValue = "false")
    boolean demoData;
    @Inject
    @ConfigProperty(name = "cp.demo.password", defaultValue = "Guangling@2026")
    String demoPassword;
    @Inject
    @ConfigProperty(name = "cp.bootstrap.city-code", defaultValue = "341181000000")
    String cityCode;
    @Inject
    @ConfigProperty(name = "cp.bootstrap.city-name", defaultValue = "天长市")
    String cityName;
    @Inject
    @ConfigProperty(name = "cp.bootstrap.admin-password")
    Optional<String> adminPassword;

    /** What seeding did: how to sign in, and whether the demo was loaded just now. */
    public record Prepared(String signIn, boolean demoLoaded) {
    }

    /** Seeds an empty database. */
    public Prepared prepare() {
        // On a cluster's first start every server finds the database empty; only the lease holder seeds it.
        boolean empty = accounts.countAll() == 0 && seeding.tryAcquire("initial-data", Duration.ofMinutes(10));
        if (demoData) {
            if (empty) {
                loadDemo();
            }
            return new Prepared("Demo data: sign in as guangling.admin (subdistrict admin) or sysadmin with password "
                    + demoPassword + " (you will choose a new one); other demo accounts are listed in README.md.", empty);
        }
        if (empty) {
            String password = adminPassword.orElseGet(InitialData::randomPassword);
            OrgUnit city = units.add(OrgUnit.city(cityCode, cityName), null);
            accounts.add(account("admin", "系统管理员", password, Roles.SYSTEM_ADMIN, city));
            LOG.warning(() -> "Created the first system administrator 'admin'" + (adminPassword.isPresent() ? ""
                    : " with the one-time password " + password) + "; it must be changed at first sign-in.");
        }
        return new Prepared("Sign in at /login.xhtml.", false);
    }

    private void loadDemo() {
        OrgUnit tianchang = units.add(OrgUnit.city("341181000000", "天长市"), null);
        OrgUnit guangling = add(tianchang, "341181001000", "广陵街道");
        OrgUnit yongfu = add(guangling, "341181001001", "永福社区");
        OrgUnit tianfu = add(guangling, "341181001002", "天福社区");
        OrgUnit tianyi = add(guangling, "341181001003", "天一社区");
        OrgUnit jinyuan = add(yongfu, "341181001001001", "金园华庭");
        OrgUnit yimin = add(tianfu, "341181001002001", "益民小区");
        OrgUnit yiju = add(tianyi, "341181001003001", "易居天韵");
        // Where the demo compounds lie (WGS-84, in 天长市), so the 15-minute circle works on a first run.
        jinyuan.locate(new BigDecimal("32.692100"), new BigDecimal("119.001800"));
        yimin.locate(new BigDecimal("32.689000"), new BigDecimal("118.994000"));
        yiju.locate(new BigDecimal("32.684500"), new BigDecimal("119.008200"));

        accounts.add(account("sysadmin", "系统管理员", demoPassword, Roles.SYSTEM_ADMIN, tianchang));
        accounts.add(account("auditor", "审计员", demoPassword, Roles.AUDITOR, tianchang));
        accounts.add(account("guangling.admin", "广陵街道管理员", demoPassword, Roles.SUBDISTRICT_ADMIN, guangling));
        accounts.add(account("notary.tianchang", "天长市公证处", demoPassword, Roles.NOTARY, guangling));
        accounts.add(account("yongfu.staff", "永福社区工作人员", demoPassword, Roles.COMMUNITY_STAFF, yongfu));
        accounts.add(account("tianfu.staff", "天福社区工作人员", demoPassword, Roles.COMMUNITY_STAFF, tianfu));
        accounts.add(account("tianyi.staff", "天一社区工作人员", demoPassword, Roles.COMMUNITY_STAFF, tianyi));
        accounts.add(account("jinyuan.property", "金园华庭物业经理", demoPassword, Roles.PARTNER_STAFF, jinyuan));
        accounts.add(account("tiankang.meals", "天康集团助餐点", demoPassword, Roles.PARTNER_STAFF, tianfu));
        accounts.add(account("wang.hengjun", "王大能工作室 王恒君", demoPassword, Roles.PARTNER_STAFF, tianfu));
        accounts.add(account("jinyuan.committee", "金园华庭业委会", demoPassword, Roles.OWNERS_COMMITTEE, jinyuan));
        accounts.add(account("xie.xuedong", "谢学东", demoPassword, Roles.OWNER, jinyuan));
        accounts.add(account("wang.daye", "王大爷", demoPassword, Roles.RESIDENT, yimin));
        LOG.info("Loaded the Guangling demo data.");
    }

    private OrgUnit add(OrgUnit parent, String code, String name) {
        return units.add(parent.newChild(code, name), parent);
    }

    private UserAccount account(String username, String displayName, String password, String role, OrgUnit unit) {
        return new UserAccount(username, displayName, hasher.hash(password), Set.of(role), unit.getId(), null);
    }

    private static String randomPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder("Cp#");
        for (int i = 0; i < 13; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
