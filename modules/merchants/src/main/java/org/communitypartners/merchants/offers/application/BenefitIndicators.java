package org.communitypartners.merchants.offers.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.indicators.Figure;
import org.communitypartners.kernel.api.indicators.FigureUnit;
import org.communitypartners.kernel.api.indicators.IndicatorDefinition;
import org.communitypartners.kernel.api.indicators.IndicatorSource;
import org.communitypartners.kernel.api.indicators.Measurement;
import org.communitypartners.kernel.api.indicators.PlaceParts;
import org.communitypartners.kernel.api.indicators.Quarter;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.offers.domain.BenefitFigures;
import org.communitypartners.merchants.offers.domain.BenefitFigures.Totals;
import org.communitypartners.merchants.offers.domain.OfferRepository;

/**
 * The merchants module's figures for the dashboard: caring merchants (爱心商企) at the quarter's
 * end, and benefit person-times (人次) and value (yuan not paid by residents) per quarter, each
 * attributed to the merchant's community.
 */
@ApplicationScoped
@Transactional
public class BenefitIndicators implements IndicatorSource {
    public static final String CARING = "merchants.caring";
    public static final String PERSON_TIMES = "benefits.personTimes";
    public static final String VALUE = "benefits.value";
    private static final String LIBRARY = "/merchants/library.xhtml";
    private static final String FIGURES = "/merchants/benefits.xhtml";

    @Inject
    OfferRepository offers;
    @Inject
    OrgDirectory directory;

    @Override
    public String moduleKey() {
        return MerchantsModule.KEY;
    }

    @Override
    public String bundle() {
        return MerchantsModule.BUNDLE;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return List.of(
                IndicatorDefinition.total(CARING, FigureUnit.COUNT, true, LIBRARY),
                IndicatorDefinition.total(PERSON_TIMES, FigureUnit.COUNT, true, FIGURES),
                IndicatorDefinition.total(VALUE, FigureUnit.YUAN, true, FIGURES));
    }

    @Override
    public List<Measurement> measure(OrgUnitView place, Quarter from, Quarter to) {
        PlaceParts parts = PlaceParts.of(place, directory.subtree(place.id()));
        List<Measurement> measured = new ArrayList<>();
        List<BenefitFigures.CaringMark> marks = offers.caringMarks(parts.unitIds());
        for (Quarter q : Quarter.range(from, to)) {
            Map<Long, Long> caring = new LinkedHashMap<>();
            BenefitFigures.caringAtEnd(marks, q).forEach((community, count) ->
                    parts.partOf(community).ifPresent(part -> caring.merge(part, count, Long::sum)));
            caring.forEach((part, count) -> measured.add(Measurement.of(CARING, q, part, Figure.count(count))));
        }
        Map<Quarter, Map<Long, Totals>> given = BenefitFigures.byQuarter(
                offers.perCommunityMonth(parts.unitIds(), from.start(), to.end()));
        given.forEach((quarter, communities) -> {
            Map<Long, Totals> byPart = new LinkedHashMap<>();
            communities.forEach((community, totals) -> parts.partOf(community).ifPresent(part ->
                    byPart.merge(part, totals, (a, b) -> a.plus(b.personTimes(), b.value()))));
            byPart.forEach((part, totals) -> {
                measured.add(Measurement.of(PERSON_TIMES, quarter, part, Figure.count(totals.personTimes())));
                measured.add(Measurement.of(VALUE, quarter, part, Figure.amount(totals.value())));
            });
        });
        return measured;
    }
}
