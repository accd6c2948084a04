package org.communitypartners.property.commitments.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.kernel.api.web.ShanghaiTime;
import org.communitypartners.property.PropertyModule;
import org.communitypartners.property.application.CompoundAccess;
import org.communitypartners.property.commitments.application.CommitmentViews.ItemCompliance;
import org.communitypartners.property.commitments.application.CommitmentViews.PeriodView;
import org.communitypartners.property.commitments.application.CommitmentViews.QuarterView;
import org.communitypartners.property.commitments.domain.CommitmentRepository;
import org.communitypartners.property.commitments.domain.Compliance;
import org.communitypartners.property.commitments.domain.Fraction;
import org.communitypartners.property.commitments.domain.RaisedOrder;
import org.communitypartners.property.commitments.domain.ServiceCommitment;
import org.communitypartners.property.domain.Building;
import org.communitypartners.property.domain.RegisterRepository;

/** Computes compliance figures from the stored check-ins by the one rule of {@link Compliance}; callers check access. */
@Dependent
public class ComplianceFigures {
    /** Two years of months at most per question: the figures are computed, not stored. */
    public static final int MAX_MONTHS = 24;

    @Inject
    CommitmentRepository commitments;
    @Inject
    RegisterRepository register;
    @Inject
    CompoundAccess access;

    /** Compliance of every commitment of the compound over the months from..to (inclusive). */
    public List<ItemCompliance> figures(long compoundId, YearMonth from, YearMonth to) {
        if (from == null || to == null || to.isBefore(from) || from.plusMonths(MAX_MONTHS).isBefore(to.plusMonths(1))) {
            throw new RuleViolation(PropertyModule.BUNDLE, "compliance.range", MAX_MONTHS);
        }
        LocalDate first = from.atDay(1);
        LocalDate last = to.atEndOfMonth();
        LocalDate today = access.today();
        Map<Long, String> buildings = register.buildings(compoundId).stream()
                .collect(Collectors.toMap(Building::getId, Building::getNumber));
        return commitments.commitments(compoundId).stream()
                .map(c -> item(c, buildings, first, last, today)).toList();
    }

    /** The counted period of the commitment that starts on the day, or null when there is none (yet). */
    public Compliance.Period period(ServiceCommitment c, LocalDate startsOn) {
        Map<Long, String> buildings = register.buildings(c.getCompoundId()).stream()
                .collect(Collectors.toMap(Building::getId, Building::getNumber));
        LocalDate today = access.today();
        return periods(c, buildings, startsOn, startsOn.plusMonths(1), today).stream()
                .filter(p -> p.startsOn().equals(startsOn)).findFirst().orElse(null);
    }

    private ItemCompliance item(ServiceCommitment c, Map<Long, String> buildings, LocalDate first, LocalDate last,
                                LocalDate today) {
        List<Compliance.Period> periods = periods(c, buildings, first, last, today);
        Map<LocalDate, Long> orders = commitments.raisedOrders(c.getId()).stream()
                .collect(Collectors.toMap(RaisedOrder::getPeriodStarts, RaisedOrder::getWorkOrderId));
        List<QuarterView> quarters = Compliance.quarters(periods).stream()
                .map(q -> new QuarterView(q.year(), q.quarter(), q.compliance().met(), q.compliance().of(),
                        q.compliance().percent().orElse(null))).toList();
        Fraction overall = Compliance.overall(periods);
        Function<Long, String> number = id -> buildings.getOrDefault(id, String.valueOf(id));
        return new ItemCompliance(c.getId(), c.getTitle(), c.getTimes(), c.getFrequency(), c.getCoverage(),
                overall.met(), overall.of(), overall.percent().orElse(null), quarters,
                periods.stream().map(p -> new PeriodView(p.startsOn(), p.endsOn(), p.year(), p.quarter(), p.met(),
                        p.visits(), p.shortBuildings().stream().map(number).toList(), orders.get(p.startsOn())))
                        .toList());
    }

    private List<Compliance.Period> periods(ServiceCommitment c, Map<Long, String> buildings, LocalDate first,
                                            LocalDate last, LocalDate today) {
        // A week whose Thursday is in range may start up to three days before it and end up to three after.
        var visits = commitments.visits(c.getId(), first.minusDays(7).atStartOfDay(ShanghaiTime.ZONE).toInstant(),
                last.plusDays(8).atStartOfDay(ShanghaiTime.ZONE).toInstant());
        return Compliance.periods(c.terms(), buildings.keySet(), visits, first, last, today);
    }
}
