package org.communitypartners.partners.orders.application;

import java.time.Instant;
import java.util.List;
import org.communitypartners.partners.api.WorkOrderStatus;
import org.communitypartners.partners.orders.domain.Actor;
import org.communitypartners.partners.orders.domain.TimelineEntry;

/** One line of the timeline with the ids of the photos taken with it. */
public record TimelineView(long id, TimelineEntry.Kind kind, Actor actor, String actorName, WorkOrderStatus toStatus,
                           String partnerName, String note, Instant at, List<Long> photoIds) {
}
