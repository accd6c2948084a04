package org.communitypartners.kernel.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.communitypartners.kernel.api.DemoHistory;
import org.communitypartners.kernel.api.DemoSeed;
import org.communitypartners.kernel.domain.OrgUnit;
import org.communitypartners.kernel.domain.OrgUnitRepository;
import org.communitypartners.kernel.domain.UserAccountRepository;

/**
 * Hands every module's demo history the demo tree, in order, once the kernel's demo is in. Each
 * module loads in its own transaction, so one that fails leaves the others' history standing
 * and says so in the log.
 */
@ApplicationScoped
public class DemoSeeding {
    private static final Logger LOG = Logger.getLogger(DemoSeeding.class.getName());

    @Inject
    @Any
    Instance<DemoHistory> histories;
    @Inject
    Seed seed;

    public void loadModuleHistories() {
        List<DemoHistory> ordered = histories.stream().sorted(Comparator.comparingInt(DemoHistory::order)).toList();
        for (DemoHistory history : ordered) {
            try {
                history.load(seed);
                LOG.info(() -> "Loaded the demo history of " + history.getClass().getSimpleName());
            } catch (RuntimeException e) {
                LOG.severe(() -> "The demo history of " + history.getClass().getSimpleName() + " failed: " + e);
            }
        }
    }

    /** The demo tree by code, and staff bound to partners without a signed-in administrator. */
    @ApplicationScoped
    @Transactional
    public static class Seed implements DemoSeed {
        @Inject
        OrgUnitRepository units;
        @Inject
        UserAccountRepository accounts;
        private final Map<String, Long> shared = new ConcurrentHashMap<>();

        @Override
        public LocalDate today() {
            return LocalDate.now(ZoneId.of("Asia/Shanghai"));
        }

        @Override
        public long unitId(String code) {
            return units.findByCode(code).map(OrgUnit::getId)
                    .orElseThrow(() -> new IllegalStateException("no demo unit " + code));
        }

        @Override
        public void bindPartnerStaff(String username, long partnerId) {
            accounts.findByUsername(username).orElseThrow(() -> new IllegalStateException("no demo account " + username))
                    .bindToPartner(partnerId);
        }

        @Override
        public void share(String key, long id) {
            shared.put(key, id);
        }

        @Override
        public long shared(String key) {
            Long id = shared.get(key);
            if (id == null) {
                throw new IllegalStateException("no demo id shared as " + key);
            }
            return id;
        }
    }
}
