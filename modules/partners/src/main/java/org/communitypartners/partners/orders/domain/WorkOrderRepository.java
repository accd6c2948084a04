package org.communitypartners.partners.orders.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.partners.api.WorkOrderStatus;

public interface WorkOrderRepository {

    Optional<WorkOrder> find(long id);

    /** Persists a new order and gives it its id. */
    WorkOrder add(WorkOrder order);

    /** Writes pending changes now, so views built afterwards carry the new version. */
    void flush();

    List<WorkOrderCategory> categories();

    Optional<WorkOrderCategory> category(String code);

    TimelineEntry record(TimelineEntry entry);

    List<TimelineEntry> timeline(long orderId);

    Reporter add(Reporter reporter);

    List<Reporter> reporters(long orderId);

    /** The first reporter of each of the orders (for a page of the board in one query). */
    List<Reporter> firstReporters(Collection<Long> orderIds);

    Optional<Reporter> reporterByTrackingCode(String code);

    void add(ReporterNotice notice);

    List<ReporterNotice> notices(long reporterId);

    void add(Photo photo);

    /** The order's photos without their bytes, oldest first. */
    List<PhotoInfo> photos(long orderId);

    Optional<Photo> photo(long photoId);

    List<DispatchRule> dispatchRules(Collection<Long> unitIds);

    Optional<DispatchRule> dispatchRule(long id);

    DispatchRule add(DispatchRule rule);

    void remove(DispatchRule rule);

    List<WorkOrder> list(OrderFilter filter, PageRequest page);

    /** How many orders match, counting no further than {@code cap} + 1. */
    long count(OrderFilter filter, long cap);

    /** Open orders of the category at the compound submitted since {@code since}, newest first. */
    List<WorkOrder> openAt(String categoryCode, long compoundId, Instant since, int limit);

    /** Ids of open orders a deadline of which has passed without their escalation saying so. */
    List<Long> escalationCandidates(Instant now, int limit);

    /** Figures of one partner's orders submitted in [from, to). */
    PartnerFigures figures(long partnerId, Instant from, Instant to);

    /** Complaint orders per compound of the subdistrict submitted in [from, to). */
    List<CompoundCount> complaints(long subdistrictId, Instant from, Instant to);

    /** A photo as lists show it. */
    record PhotoInfo(long id, long eventId, String contentType, int sizeBytes) {
    }

    /** Counts behind a partner's scorecard. */
    record PartnerFigures(long taken, long resolved, long resolvedOnTime, long confirmed, Double meanMinutesToResolve,
                          Double meanRating, long rated, long complaints) {
    }

    record CompoundCount(long compoundId, long count) {
    }

    /**
     * Orders in {@code communityIds} (null: everywhere) or of one partner, by status, category,
     * compound, only overdue ({@code now} decides), only escalated, or by order number.
     */
    /** {@code submittedFrom}/{@code submittedTo}, when given, keep orders submitted in [from, to). */
    record OrderFilter(Collection<Long> communityIds, Long partnerId, WorkOrderStatus status, String categoryCode,
                       Long compoundId, boolean overdueOnly, boolean escalatedOnly, Long orderNumber, Instant now,
                       Instant submittedFrom, Instant submittedTo) {
    }
}
