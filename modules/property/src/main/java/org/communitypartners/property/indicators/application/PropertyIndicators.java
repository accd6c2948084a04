package org.communitypartners.property.indicators.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.indicators.Figure;
import org.communitypartners.kernel.api.indicators.FigureRows;
import org.communitypartners.kernel.api.indicators.FigureUnit;
import org.communitypartners.kernel.api.indicators.IndicatorDefinition;
import org.communitypartners.kernel.api.indicators.IndicatorSource;
import org.communitypartners.kernel.api.indicators.Measurement;
import org.communitypartners.kernel.api.indicators.PlaceParts;
import org.communitypartners.kernel.api.indicators.Quarter;
import org.communitypartners.property.PropertyModule;
import org.communitypartners.property.indicators.domain.CommitmentQuarters;
import org.communitypartners.property.indicators.domain.LedgerDeadline;
import org.communitypartners.property.indicators.domain.PropertyFigures;
import org.communitypartners.property.indicators.domain.PropertyFigures.FeeSums;
import org.communitypartners.property.indicators.domain.PropertyFigures.PromisedService;
import org.communitypartners.property.indicators.domain.PropertyFigures.Publication;

/**
 * The property module's figures, per compound and quarter: households on the register (the base
 * of the complaint rate; the register keeps no history, so every quarter counts the households
 * registered today), the fee collection rate of the quarter's bills by amount and by households
 * (paid so far), ledgers published on time ({@link LedgerDeadline}) and commitment compliance
 * ({@link CommitmentQuarters}); the rows behind each are listed here too ({@link FigureEvidence}). Rates are kept as exact fractions, so compounds pool into their
 * community and a quarter with nothing to measure has no figure.
 */
@ApplicationScoped
@Transactional
public class PropertyIndicators implements IndicatorSource {
    public static final String HOUSEHOLDS = "register.households";
    public static final String FEES_BY_AMOUNT = "fees.collectionByAmount";
    public static final String FEES_BY_HOUSEHOLD = "fees.collectionByHousehold";
    public static final String LEDGER_ON_TIME = "ledger.publishedOnTime";
    public static final String COMPLIANCE = "commitments.compliance";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    PropertyFigures figures;
    @Inject
    OrgDirectory directory;
    @Inject
    Clock clock;

    @Override
    public String moduleKey() {
        return PropertyModule.KEY;
    }

    @Override
    public String bundle() {
        return PropertyModule.BUNDLE;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return List.of(IndicatorDefinition.total(HOUSEHOLDS, FigureUnit.COUNT, true, null),
                IndicatorDefinition.total(FEES_BY_AMOUNT, FigureUnit.PERCENT, true, null),
                IndicatorDefinition.total(FEES_BY_HOUSEHOLD, FigureUnit.PERCENT, true, null),
                IndicatorDefinition.total(LEDGER_ON_TIME, FigureUnit.PERCENT, true, null),
                IndicatorDefinition.total(COMPLIANCE, FigureUnit.PERCENT, true, null));
    }

    @Override
    public List<Measurement> measure(OrgUnitView place, Quarter from, Quarter to) {
        PlaceParts parts = PlaceParts.of(place, directory.subtree(place.id()));
        Instant now = clock.instant();
        Map<Long, Long> households = figures.households(parts.unitIds());
        List<Measurement> measured = new ArrayList<>();
        for (Quarter q : Quarter.range(from, to)) {
            households.forEach((compound, count) -> parts.partOf(compound).ifPresent(part ->
                    measured.add(Measurement.of(HOUSEHOLDS, q, part, Figure.count(count)))));
            String first = YearMonth.from(q.firstDay()).toString();
            String last = YearMonth.from(q.endDay().minusDays(1)).toString();
            for (FeeSums s : figures.feeSums(parts.unitIds(), first, last)) {
                parts.partOf(s.compoundId()).ifPresent(part -> {
                    measured.add(Measurement.of(FEES_BY_AMOUNT, q, part, Figure.share(s.paid(), s.billed())));
                    measured.add(Measurement.of(FEES_BY_HOUSEHOLD, q, part,
                            Figure.share(s.unitsBilled() - s.unitsWithArrears(), s.unitsBilled())));
                });
            }
            for (Publication p : figures.publications(parts.unitIds(), q.toString(), q.endDay().minusDays(1))) {
                LedgerDeadline.onTime(q, p.publishedAt(), now).ifPresent(onTime -> parts.partOf(p.compoundId())
                        .ifPresent(part -> measured.add(Measurement.of(LEDGER_ON_TIME, q, part,
                                Figure.share(onTime ? 1 : 0, 1)))));
            }
        }
        measured.addAll(compliance(parts, from, to, LocalDate.ofInstant(now, CHINA)));
        return measured;
    }

    /** The figures' rows are listed by {@link FigureEvidence}; every figure has them (no rowsPage). */
    @Override
    public FigureRows rows(String key, Collection<Long> unitIds, Quarter quarter, int first, int max, Locale locale) {
        return new FigureEvidence(figures, new RowWords(locale, directory), clock.instant())
                .rows(key, unitIds, quarter, first, max);
    }

    // A week whose Thursday is in range may start up to three days before it and end up to three after.
    static Instant visitsFrom(Quarter from) {
        return from.firstDay().minusDays(7).atStartOfDay(CHINA).toInstant();
    }

    static Instant visitsTo(Quarter to) {
        return to.endDay().plusDays(7).atStartOfDay(CHINA).toInstant();
    }

    private List<Measurement> compliance(PlaceParts parts, Quarter from, Quarter to, LocalDate today) {
        List<PromisedService> services = figures.commitments(parts.unitIds());
        if (services.isEmpty()) {
            return List.of();
        }
        var visits = figures.visits(services.stream().map(PromisedService::commitmentId).toList(), visitsFrom(from),
                visitsTo(to));
        List<Measurement> measured = new ArrayList<>();
        for (CommitmentQuarters.CompoundQuarter c : CommitmentQuarters.pooled(services, visits, from, to, today)) {
            parts.partOf(c.compoundId()).ifPresent(part -> measured.add(Measurement.of(COMPLIANCE, c.quarter(), part,
                    Figure.share(c.compliance().met(), c.compliance().of()))));
        }
        return measured;
    }
}
