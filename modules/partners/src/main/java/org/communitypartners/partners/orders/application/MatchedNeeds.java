package org.communitypartners.partners.orders.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.partners.api.MatchOutcome;
import org.communitypartners.partners.api.NeedMatched;
import org.communitypartners.partners.orders.domain.Actor;
import org.communitypartners.partners.orders.domain.Channel;
import org.communitypartners.partners.orders.domain.NeedCategories;
import org.communitypartners.partners.orders.domain.Place;
import org.communitypartners.partners.orders.domain.TimelineEntry.Kind;
import org.communitypartners.partners.orders.domain.WorkOrder;
import org.communitypartners.partners.orders.domain.WorkOrderStep;

/**
 * A need matched to a partner's offer with the outcome "work order" becomes an order already
 * dispatched to that partner, in the transaction that confirms the match: if the partner
 * cannot take orders there, the match is refused too.
 */
@ApplicationScoped
public class MatchedNeeds {

    @Inject
    OrderLoop loop;
    @Inject
    OrgDirectory directory;
    @Inject
    Clock clock;

    void startWorkOrder(@Observes NeedMatched matched) {
        if (matched.outcome() != MatchOutcome.WORK_ORDER) {
            return;
        }
        OrgUnitView unit = directory.find(matched.unitId()).orElseThrow();
        boolean compound = unit.level() == OrgLevel.COMPOUND;
        Place place = loop.place(compound ? unit.parentId() : unit.id(), compound ? unit.id() : null, null, null,
                null);
        String description = "三项清单需求 " + matched.needCode() + " 已对接（" + matched.offerKind() + " "
                + matched.offerId() + "）" + (matched.note() == null ? "" : "：" + matched.note());
        WorkOrder order = loop.open(NeedCategories.workOrderCategory(matched.category()), place, description,
                Channel.NEED_MATCH, matched.confirmedBy(), List.of());
        order.dispatch(WorkOrderStep.DISPATCH, loop.dispatchTarget(matched.partnerId(), order).getId(),
                Actor.COMMUNITY, null, clock.instant());
        loop.record(order, Kind.DISPATCH, Actor.COMMUNITY, matched.confirmedBy(), matched.needCode(), List.of());
    }
}
