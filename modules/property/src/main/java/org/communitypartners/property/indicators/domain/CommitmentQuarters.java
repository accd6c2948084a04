package org.communitypartners.property.indicators.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communitypartners.kernel.api.indicators.Quarter;
import org.communitypartners.property.commitments.domain.Compliance;
import org.communitypartners.property.commitments.domain.Fraction;
import org.communitypartners.property.indicators.domain.PropertyFigures.PromisedService;

/**
 * Commitment compliance of a compound per quarter, pooled over its items as one exact fraction:
 * the periods met of all its commitments ÷ the periods counted (a weekly item counts 13 weeks a
 * quarter, a monthly one 3 months), by the one rule of {@link Compliance}. A quarter with no
 * period counted has no figure.
 */
public final class CommitmentQuarters {

    private CommitmentQuarters() {
    }

    public record CompoundQuarter(long compoundId, Quarter quarter, Fraction compliance) {
    }

    /**
     * @param visits check-ins by commitment id
     * @param today  the current day in China: periods not yet over are not counted
     */
    public static List<CompoundQuarter> pooled(List<PromisedService> services, Map<Long, List<Compliance.Visit>> visits,
                                               Quarter from, Quarter to, LocalDate today) {
        Map<Long, Map<Quarter, int[]>> counts = new LinkedHashMap<>();
        for (PromisedService s : services) {
            List<Compliance.Period> periods = Compliance.periods(s.terms(), s.buildings(),
                    visits.getOrDefault(s.commitmentId(), List.of()), from.firstDay(), to.endDay().minusDays(1), today);
            for (Compliance.Quarter q : Compliance.quarters(periods)) {
                int[] count = counts.computeIfAbsent(s.compoundId(), c -> new LinkedHashMap<>())
                        .computeIfAbsent(new Quarter(q.year(), q.quarter()), k -> new int[2]);
                count[0] += q.compliance().met();
                count[1] += q.compliance().of();
            }
        }
        List<CompoundQuarter> pooled = new ArrayList<>();
        counts.forEach((compound, quarters) -> quarters.forEach((quarter, count) ->
                pooled.add(new CompoundQuarter(compound, quarter, new Fraction(count[0], count[1])))));
        return pooled;
    }

    /**
     * One commitment's share of its compound's pooled figure for the quarter: summed over the
     * compound's commitments, these are the figure's numerator and denominator.
     */
    public static Fraction item(PromisedService service, List<Compliance.Visit> visits, Quarter quarter,
                                LocalDate today) {
        return Compliance.overall(Compliance.periods(service.terms(), service.buildings(), visits, quarter.firstDay(),
                quarter.endDay().minusDays(1), today));
    }
}
