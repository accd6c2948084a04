package org.communitypartners.partners.open311.domain;

import java.util.Collection;
import java.util.List;
import org.communitypartners.partners.api.WorkOrderStatus;
import org.communitypartners.partners.orders.domain.TimelineEntry;
import org.communitypartners.partners.orders.domain.WorkOrder;

/** What the public GeoReport reads of the loop, always within one subdistrict and capped. */
public interface Open311Reads {

    /** The subdistrict's orders with these ids, newest first. */
    List<WorkOrder> requestsById(long subdistrictId, Collection<Long> ids);

    /**
     * The subdistrict's orders submitted in the window in these statuses (and categories, when
     * given), newest first, at most {@code limit}.
     */
    List<WorkOrder> requests(long subdistrictId, RequestWindow window, Collection<WorkOrderStatus> statuses,
                             Collection<String> categoryCodes, int limit);

    /** The latest timeline entry of each order among these kinds. */
    List<TimelineEntry> latestEntries(Collection<Long> orderIds, Collection<TimelineEntry.Kind> kinds);

    /** Timeline entries of these kinds of the subdistrict's orders within the window, oldest first. */
    List<TimelineEntry> entries(long subdistrictId, RequestWindow window, Collection<TimelineEntry.Kind> kinds,
                                int limit);
}
