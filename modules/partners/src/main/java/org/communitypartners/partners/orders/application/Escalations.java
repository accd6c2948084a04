package org.communitypartners.partners.orders.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.communitypartners.partners.orders.domain.Actor;
import org.communitypartners.partners.orders.domain.TimelineEntry.Kind;
import org.communitypartners.partners.orders.domain.WorkOrderRepository;

/** One batch of escalations, in one transaction. */
@ApplicationScoped
@Transactional
public class Escalations {

    @Inject
    WorkOrderRepository orders;
    @Inject
    OrderLoop loop;
    @Inject
    Clock clock;

    public List<Long> candidates(int limit) {
        return orders.escalationCandidates(clock.instant(), limit);
    }

    public int escalate(List<Long> ids) {
        int escalated = 0;
        for (long id : ids) {
            var order = orders.find(id).orElseThrow();
            var raised = order.escalateIfOverdue(clock.instant());
            if (raised.isPresent()) {
                loop.record(order, Kind.ESCALATED, Actor.SYSTEM, "escalation", raised.get().name(), List.of());
                escalated++;
            }
        }
        return escalated;
    }
}
