package org.communitypartners.property.indicators.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.communitypartners.property.commitments.domain.Compliance;

/**
 * Grouped counts behind the property module's indicators, keyed by compound id, and the rows
 * they count, a page at a time ({@code max} rows from {@code first}) in a stable order.
 */
public interface PropertyFigures {

    /** Units (households) on the register of each compound among the units given. */
    Map<Long, Long> households(Collection<Long> unitIds);

    /** A page of those units, by compound and unit id. */
    List<Household> households(Collection<Long> unitIds, int first, int max);

    /**
     * Bills of the periods {@code fromPeriod}..{@code toPeriod} (written 2026-07) per compound:
     * amounts due and paid so far, units billed and units with a bill not paid in full.
     */
    List<FeeSums> feeSums(Collection<Long> unitIds, String fromPeriod, String toPeriod);

    /** A page of those bills, by compound, period, unpaid first, unit id. */
    List<Bill> bills(Collection<Long> unitIds, String fromPeriod, String toPeriod, int first, int max);

    /** How many, counted up to one past {@code FigureRows.COUNT_LIMIT} (a city's quarter holds ~900,000). */
    long billCount(Collection<Long> unitIds, String fromPeriod, String toPeriod);

    /** A page of the units billed in those periods, each with its bills of them summed, by compound and unit id. */
    List<BilledUnit> billedUnits(Collection<Long> unitIds, String fromPeriod, String toPeriod, int first, int max);

    /** How many, counted up to one past {@code FigureRows.COUNT_LIMIT}. */
    long billedUnitCount(Collection<Long> unitIds, String fromPeriod, String toPeriod);

    /**
     * The compounds among the units that should publish the quarter's statement — under a
     * service contract in force on the quarter's last day — each with the time its statement
     * was published (null when it is not published).
     */
    List<Publication> publications(Collection<Long> unitIds, String quarter, LocalDate lastDay);

    /** The service commitments of the compounds, each with the buildings of its compound. */
    List<PromisedService> commitments(Collection<Long> unitIds);

    /**
     * A page of the commitments of the compounds that had begun by {@code startedBy} (a later one
     * has no period to count yet), by compound and id.
     */
    List<CommitmentItem> commitments(Collection<Long> unitIds, LocalDate startedBy, int first, int max);

    long commitmentCount(Collection<Long> unitIds, LocalDate startedBy);

    /** Check-ins of the commitments in {@code [from, to)}, as the compliance rule reads them. */
    Map<Long, List<Compliance.Visit>> visits(Collection<Long> commitmentIds, Instant from, Instant to);

    record FeeSums(long compoundId, BigDecimal billed, BigDecimal paid, long unitsBilled, long unitsWithArrears) {
    }

    /** A unit on the register, as the register screen shows it: building number, unit number, area. */
    record Household(long compoundId, String building, String unitNumber, BigDecimal area) {
    }

    record Bill(long compoundId, String unitLabel, String period, BigDecimal due, BigDecimal paid) {
    }

    /** @param paidInFull whether every bill of the unit in the periods is paid in full */
    record BilledUnit(long compoundId, String unitLabel, long bills, BigDecimal due, BigDecimal paid,
                      boolean paidInFull) {
    }

    record Publication(long compoundId, Instant publishedAt) {
    }

    record PromisedService(long commitmentId, long compoundId, Compliance.Terms terms, List<Long> buildings) {
    }

    record CommitmentItem(PromisedService service, String title) {
    }
}
