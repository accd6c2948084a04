package org.communitypartners.massorg.indicators.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
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
import org.communitypartners.massorg.MassOrganizationsModule;
import org.communitypartners.massorg.indicators.domain.ActivityFigures;
import org.communitypartners.massorg.indicators.domain.ActivityFigures.Held;
import org.communitypartners.massorg.indicators.domain.ActivityFigures.Minutes;

/**
 * The mass organisations' figures per community and quarter: activities held (not called off,
 * already over), participants checked in at them, and volunteer hours confirmed by the
 * organisers (shifts at activities and at course sessions).
 */
@ApplicationScoped
@Transactional
public class MassOrganizationIndicators implements IndicatorSource {
    public static final String ACTIVITIES = "activities.held";
    public static final String PARTICIPANTS = "activities.participants";
    public static final String VOLUNTEER_HOURS = "volunteering.confirmedHours";
    private static final String ACTIVITY_LIST = "/mass-organizations/activities.xhtml";
    private static final String VOLUNTEERING = "/mass-organizations/volunteering.xhtml";

    @Inject
    ActivityFigures figures;
    @Inject
    OrgDirectory directory;
    @Inject
    Clock clock;

    @Override
    public String moduleKey() {
        return MassOrganizationsModule.KEY;
    }

    @Override
    public String bundle() {
        return MassOrganizationsModule.BUNDLE;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return List.of(IndicatorDefinition.total(ACTIVITIES, FigureUnit.COUNT, true, ACTIVITY_LIST),
                IndicatorDefinition.total(PARTICIPANTS, FigureUnit.COUNT, true, ACTIVITY_LIST),
                IndicatorDefinition.total(VOLUNTEER_HOURS, FigureUnit.HOURS, true, VOLUNTEERING));
    }

    @Override
    public List<Measurement> measure(OrgUnitView place, Quarter from, Quarter to) {
        PlaceParts parts = PlaceParts.of(place, directory.subtree(place.id()));
        Instant now = clock.instant();
        List<Measurement> measured = new ArrayList<>();
        for (Quarter q : Quarter.range(from, to)) {
            for (Held h : figures.held(parts.unitIds(), q.start(), q.end(), now)) {
                parts.partOf(h.communityId()).ifPresent(part -> {
                    measured.add(Measurement.of(ACTIVITIES, q, part, Figure.count(h.activities())));
                    measured.add(Measurement.of(PARTICIPANTS, q, part, Figure.count(h.participants())));
                });
            }
            for (Minutes m : figures.confirmedMinutes(parts.unitIds(), q.start(), q.end())) {
                parts.partOf(m.communityId()).ifPresent(part ->
                        measured.add(Measurement.of(VOLUNTEER_HOURS, q, part, Figure.hours(m.minutes()))));
            }
        }
        return measured;
    }
}
