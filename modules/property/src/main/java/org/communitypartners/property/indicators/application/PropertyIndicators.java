package org.communitypartners.property.indicators.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
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
import org.communitypartners.property.PropertyModule;
import org.communitypartners.property.indicators.domain.PropertyFigures;

/**
 * The property module's figures: households on the register (the base of the complaint rate).
 * The register keeps no history, so every quarter counts the households registered today.
 */
@ApplicationScoped
@Transactional
public class PropertyIndicators implements IndicatorSource {
    public static final String HOUSEHOLDS = "register.households";

    @Inject
    PropertyFigures figures;
    @Inject
    OrgDirectory directory;

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
        return List.of(IndicatorDefinition.total(HOUSEHOLDS, FigureUnit.COUNT, true, null));
    }

    @Override
    public List<Measurement> measure(OrgUnitView place, Quarter from, Quarter to) {
        PlaceParts parts = PlaceParts.of(place, directory.subtree(place.id()));
        Map<Long, Long> households = figures.households(parts.unitIds());
        List<Measurement> measured = new ArrayList<>();
        for (Quarter q : Quarter.range(from, to)) {
            households.forEach((compound, count) -> parts.partOf(compound).ifPresent(part ->
                    measured.add(Measurement.of(HOUSEHOLDS, q, part, Figure.count(count)))));
        }
        return measured;
    }
}
