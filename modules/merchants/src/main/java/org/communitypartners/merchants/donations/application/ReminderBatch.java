package org.communitypartners.merchants.donations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.donations.domain.DonationRepository;
import org.communitypartners.merchants.donations.domain.ExpiryReminder;
import org.communitypartners.merchants.donations.domain.ExpiryRule;
import org.communitypartners.merchants.donations.domain.ExpiryThreshold;
import org.communitypartners.merchants.donations.domain.Placement;

/** One batch of the reminder job, in its own transaction: the next placements due by id, each reminded once per threshold. */
@ApplicationScoped
public class ReminderBatch {
    static final int SIZE = 200;

    @Inject
    DonationRepository donations;
    @Inject
    ModuleGate gate;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /** How a batch went: reminders raised, the last placement looked at, and whether more may follow. */
    public record Outcome(int raised, long lastId, boolean more) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome remindAfter(long afterId, LocalDate today) {
        List<Placement> due = donations.expiringBy(ExpiryRule.dueUpTo(today), afterId, SIZE);
        int raised = 0;
        for (Placement placement : due) {
            Optional<ExpiryThreshold> threshold = ExpiryRule.reached(placement.getExpiresOn(), today);
            if (threshold.isPresent() && gate.isEnabledAt(MerchantsModule.KEY, placement.getCommunityId())
                    && !donations.reminderRaised(placement.getId(), threshold.get(), placement.getExpiresOn())) {
                donations.add(new ExpiryReminder(placement, threshold.get(), clock.instant()));
                audit.success("donation.reminder", DonationDesk.PLACEMENT, placement.getId(),
                        threshold.get() + " " + placement.getExpiresOn());
                raised++;
            }
        }
        return new Outcome(raised, due.isEmpty() ? afterId : due.get(due.size() - 1).getId(), due.size() == SIZE);
    }
}
