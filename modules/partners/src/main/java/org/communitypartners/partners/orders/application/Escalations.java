package org.communitypartners.partners.orders.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.communitypartners.partners.orders.domain.Actor;
import org.communitypartners.partners.orders.domain.TimelineEntry.Kind;
import org.communitypartners.partners.orders.domain.WorkOrderRepository;

/** Finding overdue orders and escalating each, for {@link EscalationJob}. */
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

    /**
     * Escalates one order in its own transaction, so that a staff member saving the same order at
     * that moment costs only this order's turn (it is picked up again next round).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean escalate(long id) {
        var order = orders.find(id).orElseThrow();
        var raised = order.escalateIfOverdue(clock.instant());
        raised.ifPresent(due -> loop.record(order, Kind.ESCALATED, Actor.SYSTEM, "escalation", null, List.of()));
        return raised.isPresent();
    }
}
