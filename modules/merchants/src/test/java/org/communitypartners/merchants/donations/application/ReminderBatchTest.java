package org.communitypartners.merchants.donations.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.communitypartners.kernel.api.AuditResult;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.FeatureModule;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.merchants.donations.domain.DonatedItem;
import org.communitypartners.merchants.donations.domain.Donation;
import org.communitypartners.merchants.donations.domain.DonationRepository;
import org.communitypartners.merchants.donations.domain.ExpiryReminder;
import org.communitypartners.merchants.donations.domain.ExpiryThreshold;
import org.communitypartners.merchants.donations.domain.Inspection;
import org.communitypartners.merchants.donations.domain.Persisted;
import org.communitypartners.merchants.donations.domain.Placement;
import org.junit.jupiter.api.Test;

class ReminderBatchTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void aPlacementIsRemindedOncePerThresholdHoweverOftenTheJobRuns() {
        Placements placements = new Placements(List.of(placement(TODAY.plusDays(30)), placement(TODAY.plusDays(31))));
        ReminderBatch batch = batch(placements, new ArrayList<>());

        assertEquals(1, batch.remindAfter(0, TODAY).raised(), "30 days ahead is due, 31 is not");
        assertEquals(0, batch.remindAfter(0, TODAY).raised(), "the next run raises nothing new");
        assertEquals(1, batch.remindAfter(0, TODAY.plusDays(1)).raised(), "the second placement turns due");
        assertEquals(0, batch.remindAfter(0, TODAY.plusDays(5)).raised(), "nor a later day before expiry");
        assertEquals(1, batch.remindAfter(0, TODAY.plusDays(31)).raised(), "the first has expired: reminded again");
        assertEquals(1, batch.remindAfter(0, TODAY.plusDays(32)).raised(), "and so has the second");
        assertEquals(0, batch.remindAfter(0, TODAY.plusDays(40)).raised());
        assertEquals(List.of(ExpiryThreshold.DUE_SOON, ExpiryThreshold.DUE_SOON, ExpiryThreshold.EXPIRED,
                        ExpiryThreshold.EXPIRED),
                placements.reminders.stream().map(ExpiryReminder::getThreshold).toList());
    }

    @Test
    void aRenewedPlacementIsRemindedAgainForItsNewDate() {
        Placement placement = placement(TODAY.plusDays(10));
        Placements placements = new Placements(List.of(placement));
        ReminderBatch batch = batch(placements, new ArrayList<>());
        assertEquals(1, batch.remindAfter(0, TODAY).raised());
        placement.renew(TODAY.plusYears(1).plusDays(10));
        assertEquals(0, batch.remindAfter(0, TODAY).raised());
        assertEquals(1, batch.remindAfter(0, TODAY.plusYears(1)).raised());
    }

    @Test
    void whereTheModuleIsOffNothingIsRaisedAndEveryReminderIsAudited() {
        Placements placements = new Placements(List.of(placement(TODAY.minusDays(3))));
        List<String> audited = new ArrayList<>();
        ReminderBatch off = batch(placements, audited);
        off.gate = gate(false);
        assertEquals(0, off.remindAfter(0, TODAY).raised());
        ReminderBatch on = batch(placements, audited);
        ReminderBatch.Outcome outcome = on.remindAfter(0, TODAY);
        assertEquals(1, outcome.raised());
        assertFalse(outcome.more());
        assertEquals(List.of("donation.reminder EXPIRED " + TODAY.minusDays(3)), audited);
    }

    private static ReminderBatch batch(Placements placements, List<String> audited) {
        ReminderBatch batch = new ReminderBatch();
        batch.donations = placements;
        batch.gate = gate(true);
        batch.clock = Clock.fixed(Instant.parse("2026-11-27T23:00:00Z"), ZoneOffset.UTC);
        batch.audit = new AuditTrail() {
            @Override
            public void record(String action, String targetType, Object targetId, AuditResult result, String detail) {
                throw new AssertionError("only successes are recorded");
            }

            @Override
            public void success(String action, String targetType, Object targetId, String detail) {
                audited.add(action + " " + detail);
            }
        };
        return batch;
    }

    private static ModuleGate gate(boolean enabled) {
        return new ModuleGate() {
            @Override
            public List<FeatureModule> enabledForCaller() {
                throw new AssertionError("a job has no caller");
            }

            @Override
            public boolean isEnabledForCaller(String moduleKey) {
                throw new AssertionError("a job has no caller");
            }

            @Override
            public boolean isEnabledAt(String moduleKey, long unitId) {
                return enabled;
            }

            @Override
            public void requireEnabledAt(String moduleKey, long unitId) {
                throw new AssertionError("the job checks, it does not refuse");
            }
        };
    }

    private static Placement placement(LocalDate expiresOn) {
        return new Placement(1, 2, 3, new Placement.Spot(4, "楼道口", null, null, 2, LocalDate.of(2025, 1, 1),
                expiresOn));
    }

    /** The placements the job reads and the reminders it writes; any other use fails. */
    private static final class Placements implements DonationRepository {
        final List<Placement> placements;
        final List<ExpiryReminder> reminders = new ArrayList<>();

        /** Gives the placements the ids the database would, 1, 2, …: entities have no setter for them. */
        Placements(List<Placement> placements) {
            this.placements = placements;
            for (int n = 0; n < placements.size(); n++) {
                Persisted.withId(placements.get(n), n + 1L);
            }
        }

        @Override
        public List<Placement> expiringBy(LocalDate lastDay, long afterId, int limit) {
            return placements.stream().filter(p -> !p.getExpiresOn().isAfter(lastDay) && p.getId() > afterId).limit(limit)
                    .toList();
        }

        @Override
        public boolean reminderRaised(long placementId, ExpiryThreshold threshold, LocalDate expiresOn) {
            return reminders.stream().anyMatch(r -> r.getPlacementId() == placementId && r.getThreshold() == threshold
                    && r.getExpiresOn().equals(expiresOn));
        }

        @Override
        public ExpiryReminder add(ExpiryReminder reminder) {
            reminders.add(reminder);
            return reminder;
        }

        @Override
        public Optional<Donation> find(long id) {
            throw new AssertionError();
        }

        @Override
        public Donation add(Donation donation) {
            throw new AssertionError();
        }

        @Override
        public List<Donation> list(Collection<Long> communityIds, Long communityId, PageRequest page) {
            throw new AssertionError();
        }

        @Override
        public long count(Collection<Long> communityIds, Long communityId) {
            throw new AssertionError();
        }

        @Override
        public List<Donation> ofCommunity(long communityId, int limit) {
            throw new AssertionError();
        }

        @Override
        public DonatedItem add(DonatedItem item) {
            throw new AssertionError();
        }

        @Override
        public List<DonatedItem> items(long donationId) {
            throw new AssertionError();
        }

        @Override
        public List<DonatedItem> items(Collection<Long> donationIds) {
            throw new AssertionError();
        }

        @Override
        public Optional<Placement> placement(long id) {
            throw new AssertionError();
        }

        @Override
        public Placement add(Placement placement) {
            throw new AssertionError();
        }

        @Override
        public List<Placement> placements(long donationId) {
            throw new AssertionError();
        }

        @Override
        public List<Placement> expiringBy(Collection<Long> communityIds, LocalDate lastDay, int limit) {
            throw new AssertionError();
        }

        @Override
        public Inspection add(Inspection inspection) {
            throw new AssertionError();
        }

        @Override
        public List<Inspection> inspections(long placementId) {
            throw new AssertionError();
        }

        @Override
        public Optional<ExpiryReminder> reminder(long id) {
            throw new AssertionError();
        }

        @Override
        public List<ExpiryReminder> openReminders(Collection<Long> communityIds, int limit) {
            throw new AssertionError();
        }

        @Override
        public List<ExpiryReminder> reminders(long placementId) {
            throw new AssertionError();
        }
    }
}
