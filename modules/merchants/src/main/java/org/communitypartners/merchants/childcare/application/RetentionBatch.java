package org.communitypartners.merchants.childcare.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.merchants.childcare.domain.CareBooking;
import org.communitypartners.merchants.childcare.domain.ChildCareRepository;

/** One batch of the retention job, in its own transaction, audited by count. */
@ApplicationScoped
public class RetentionBatch {
    private static final int SIZE = 500;

    @Inject
    ChildCareRepository childCare;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int anonymiseNext(Instant sessionsEndedBefore) {
        List<CareBooking> due = childCare.dueForAnonymising(sessionsEndedBefore, SIZE);
        Instant now = clock.instant();
        due.forEach(b -> b.anonymise(now));
        if (!due.isEmpty()) {
            audit.success("childcare.booking.anonymise", "CareBooking", due.get(0).getId(),
                    due.size() + " bookings of sessions ended before " + sessionsEndedBefore);
        }
        return due.size();
    }
}
