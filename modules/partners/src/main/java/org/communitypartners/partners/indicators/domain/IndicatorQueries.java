package org.communitypartners.partners.indicators.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.communitypartners.kernel.api.OrgLevel;

/**
 * Grouped counts behind the partners module's indicators, each per finest unit a row carries
 * (the compound, else the community), for rows in {@code [from, to)}; and the rows themselves
 * (a page of them in a stable order, and their total) for the figures the dashboard lists.
 */
public interface IndicatorQueries {

    /**
     * Work orders received in the period and what became of them so far (the quarter's cohort, as
     * the partner scorecard counts them).
     *
     * @param level the level of the ids: orders are filtered by their subdistrict, community or compound
     */
    List<OrderTally> orders(OrgLevel level, Collection<Long> ids, Instant from, Instant to);

    List<CategoryCount> ordersByCategory(OrgLevel level, Collection<Long> ids, Instant from, Instant to);

    /** Needs recorded in the period that are still open: no offer has met them. */
    List<UnitCount> unmatchedNeeds(Collection<Long> unitIds, Instant from, Instant to);

    /** Partners homed in the units that were active at the instant, by kind. */
    List<CategoryCount> activePartnersByKind(Collection<Long> unitIds, Instant at);

    /** Partners homed in the units by their status at the instant; those not yet applied are not counted. */
    List<CategoryCount> partnersByStatus(Collection<Long> unitIds, Instant at);

    /** As many needs as {@link #unmatchedNeeds} counts, in all units together. */
    long unmatchedNeedsTotal(Collection<Long> unitIds, Instant from, Instant to);

    /** The needs {@link #unmatchedNeeds} counts, oldest first, {@code max} of them from {@code first}. */
    List<NeedRow> unmatchedNeedRows(Collection<Long> unitIds, Instant from, Instant to, int first, int max);

    /** As many partners as {@link #activePartnersByKind} counts, of all kinds. */
    long activePartnersTotal(Collection<Long> unitIds, Instant at);

    /** The partners {@link #activePartnersByKind} counts, by kind then name, {@code max} of them from {@code first}. */
    List<PartnerRow> activePartnerRows(Collection<Long> unitIds, Instant at, int first, int max);

    /** As many partners as {@link #partnersByStatus} counts, of all statuses. */
    long partnersWithStatusTotal(Collection<Long> unitIds, Instant at);

    /** The partners {@link #partnersByStatus} counts, by status then name, {@code max} of them from {@code first}. */
    List<PartnerRow> partnerRowsByStatus(Collection<Long> unitIds, Instant at, int first, int max);

    record OrderTally(long unitId, long received, long resolved, long resolvedOnTime, long confirmed,
                      long complaints, long ratingSum, long rated, long minutesToResolve) {
    }

    record CategoryCount(long unitId, String category, String nameZh, String nameEn, long count) {
    }

    record UnitCount(long unitId, long count) {
    }

    /** A need as staff see it on the lists, without who reported it. */
    record NeedRow(long id, long unitId, String category, String description, Instant createdAt) {
    }

    /** A partner with the status it had at the instant and when it took that status. */
    record PartnerRow(long id, String name, String kind, long homeUnitId, String status, Instant since) {
    }
}
