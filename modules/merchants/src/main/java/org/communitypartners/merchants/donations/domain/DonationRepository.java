package org.communitypartners.merchants.donations.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.communitypartners.kernel.api.PageRequest;

/** Donations, their items and placements, inspections and expiry reminders. */
public interface DonationRepository {

    Optional<Donation> find(long id);

    Donation add(Donation donation);

    /** Donations within a set of communities (null: every one), optionally of one community, latest first. */
    List<Donation> list(Collection<Long> communityIds, Long communityId, PageRequest page);

    long count(Collection<Long> communityIds, Long communityId);

    /** Every donation of a community, latest first, at most {@code limit}: the public thanks list. */
    List<Donation> ofCommunity(long communityId, int limit);

    DonatedItem add(DonatedItem item);

    List<DonatedItem> items(long donationId);

    /** Items of several donations at once, by donation then id. */
    List<DonatedItem> items(Collection<Long> donationIds);

    Optional<Placement> placement(long id);

    Placement add(Placement placement);

    List<Placement> placements(long donationId);

    /** Placements within a set of communities (null: every one) whose last day is on or before the date, soonest first. */
    List<Placement> expiringBy(Collection<Long> communityIds, LocalDate lastDay, int limit);

    /** The next placements (by id, after {@code afterId}) whose last day is on or before the date: the daily job's batches. */
    List<Placement> expiringBy(LocalDate lastDay, long afterId, int limit);

    Inspection add(Inspection inspection);

    List<Inspection> inspections(long placementId);

    boolean reminderRaised(long placementId, ExpiryThreshold threshold, LocalDate expiresOn);

    ExpiryReminder add(ExpiryReminder reminder);

    Optional<ExpiryReminder> reminder(long id);

    /** Reminders not yet acknowledged within a set of communities (null: every one), oldest first. */
    List<ExpiryReminder> openReminders(Collection<Long> communityIds, int limit);

    /** Every reminder of a placement, oldest first. */
    List<ExpiryReminder> reminders(long placementId);
}
