package org.communitypartners.property.indicators.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.communitypartners.property.commitments.domain.Compliance;

/** Grouped counts behind the property module's indicators, keyed by compound id. */
public interface PropertyFigures {

    /** Units (households) on the register of each compound among the units given. */
    Map<Long, Long> households(Collection<Long> unitIds);

    /**
     * Bills of the periods {@code fromPeriod}..{@code toPeriod} (written 2026-07) per compound:
     * amounts due and paid so far, units billed and units with a bill not paid in full.
     */
    List<FeeSums> feeSums(Collection<Long> unitIds, String fromPeriod, String toPeriod);

    /**
     * The compounds among the units that should publish the quarter's statement — under a
     * service contract in force on the quarter's last day — each with the time its statement
     * was published (null when it is not published).
     */
    List<Publication> publications(Collection<Long> unitIds, String quarter, LocalDate lastDay);

    /** The service commitments of the compounds, each with the buildings of its compound. */
    List<PromisedService> commitments(Collection<Long> unitIds);

    /** Check-ins of the commitments in {@code [from, to)}, as the compliance rule reads them. */
    Map<Long, List<Compliance.Visit>> visits(Collection<Long> commitmentIds, Instant from, Instant to);

    record FeeSums(long compoundId, BigDecimal billed, BigDecimal paid, long unitsBilled, long unitsWithArrears) {
    }

    record Publication(long compoundId, Instant publishedAt) {
    }

    record PromisedService(long commitmentId, long compoundId, Compliance.Terms terms, List<Long> buildings) {
    }
}
