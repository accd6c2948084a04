package org.communitypartners.merchants.meals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
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
import org.communitypartners.merchants.meals.domain.MealRepository;

/**
 * The meal points' figures on the dashboard: meals served and subsidy paid per quarter (the day a
 * meal was for decides its quarter), attributed to the meal point's community.
 */
@ApplicationScoped
@Transactional
public class MealIndicators implements IndicatorSource {
    public static final String MEALS_SERVED = "meals.served";
    public static final String SUBSIDY_PAID = "meals.subsidy";

    @Inject
    MealRepository meals;
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
        return List.of(IndicatorDefinition.total(MEALS_SERVED, FigureUnit.COUNT, true, null),
                IndicatorDefinition.total(SUBSIDY_PAID, FigureUnit.YUAN, true, null));
    }

    @Override
    public List<Measurement> measure(OrgUnitView place, Quarter from, Quarter to) {
        PlaceParts parts = PlaceParts.of(place, directory.subtree(place.id()));
        List<Measurement> measured = new ArrayList<>();
        for (Quarter q : Quarter.range(from, to)) {
            for (MealRepository.CommunityMeals served : meals.servedPerCommunity(parts.unitIds(), q.firstDay(),
                    q.endDay())) {
                parts.partOf(served.communityId()).ifPresent(part -> {
                    measured.add(Measurement.of(MEALS_SERVED, q, part, Figure.count(served.meals())));
                    measured.add(Measurement.of(SUBSIDY_PAID, q, part, Figure.amount(served.subsidy())));
                });
            }
        }
        return measured;
    }
}
