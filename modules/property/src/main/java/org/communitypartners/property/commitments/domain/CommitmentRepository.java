package org.communitypartners.property.commitments.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where commitments, their check-ins, photos, ratings and raised orders are kept. */
public interface CommitmentRepository {

    void add(Object row);

    Optional<ServiceCommitment> commitment(long id);

    List<ServiceCommitment> commitments(long compoundId);

    /** Check-ins of the commitment between two instants: day and building only, for the compliance rule. */
    List<Compliance.Visit> visits(long commitmentId, Instant from, Instant to);

    long countCheckIns(long commitmentId);

    /** Newest first. */
    List<CheckIn> checkIns(long commitmentId, int first, int size);

    Optional<CheckIn> checkIn(long id);

    Optional<CheckInPhoto> photo(long checkInId);

    /** Newest first, at most {@code limit}. */
    List<SpotRating> ratings(long commitmentId, int limit);

    /** Count and sum of stars per commitment: [commitmentId, count, sum]. */
    List<long[]> ratingTotals(Collection<Long> commitmentIds);

    List<RaisedOrder> raisedOrders(long commitmentId);

    Optional<RaisedOrder> raisedOrder(long commitmentId, LocalDate periodStarts);
}
