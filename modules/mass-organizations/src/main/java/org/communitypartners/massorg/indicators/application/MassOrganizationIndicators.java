package org.communitypartners.massorg.indicators.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.communitypartners.kernel.api.KernelBundle;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.indicators.Figure;
import org.communitypartners.kernel.api.indicators.FigureRows;
import org.communitypartners.kernel.api.indicators.FigureRows.Column;
import org.communitypartners.kernel.api.indicators.FigureRows.Row;
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
import org.communitypartners.massorg.indicators.domain.MaskedName;
import org.communitypartners.massorg.volunteering.domain.VolunteerHours;

/**
 * The mass organisations' figures per community and quarter: activities held (not called off,
 * already over), participants checked in at them, and volunteer hours confirmed by the
 * organisers (shifts at activities and at course sessions). Each figure lists its own rows: the
 * activities (their check-ins summing to the participants) and the confirmed shifts.
 */
@ApplicationScoped
@Transactional
public class MassOrganizationIndicators implements IndicatorSource {
    public static final String ACTIVITIES = "activities.held";
    public static final String PARTICIPANTS = "activities.participants";
    public static final String VOLUNTEER_HOURS = "volunteering.confirmedHours";
    private static final String ACTIVITY_PAGE = "/mass-organizations/activities.xhtml?id=";
    private static final String VOLUNTEERING_PAGE = "/mass-organizations/volunteering.xhtml?org=";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

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
        return List.of(IndicatorDefinition.total(ACTIVITIES, FigureUnit.COUNT, true, null),
                IndicatorDefinition.total(PARTICIPANTS, FigureUnit.COUNT, true, null),
                IndicatorDefinition.total(VOLUNTEER_HOURS, FigureUnit.HOURS, true, null));
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

    /**
     * Activities and participants list the same activities: one row each, its check-ins last, so
     * the rows count the one figure and their last column sums to the other. Volunteer hours list
     * the confirmed shifts, their hours last, volunteers masked.
     */
    @Override
    public FigureRows rows(String key, Collection<Long> unitIds, Quarter quarter, int first, int max, Locale locale) {
        return switch (key) {
            case ACTIVITIES, PARTICIPANTS -> activityRows(unitIds, quarter, first, max, locale);
            case VOLUNTEER_HOURS -> shiftRows(unitIds, quarter, first, max, locale);
            default -> throw new IllegalArgumentException("no rows for indicator " + key);
        };
    }

    private FigureRows activityRows(Collection<Long> unitIds, Quarter quarter, int first, int max, Locale locale) {
        List<Column> columns = List.of(column("rows.date", false, locale), column("rows.activity", false, locale),
                column("rows.community", false, locale), column("rows.organisers", false, locale),
                column("rows.checkedIn", true, locale));
        if (unitIds.isEmpty()) {
            return new FigureRows(columns, List.of(), 0);
        }
        Instant now = clock.instant();
        long total = figures.countHeld(unitIds, quarter.start(), quarter.end(), now);
        if (max == 0) {
            return new FigureRows(columns, List.of(), total);
        }
        Map<Long, String> unitNames = new HashMap<>();
        List<Row> rows = figures.heldActivities(unitIds, quarter.start(), quarter.end(), now, first, max).stream()
                .map(a -> new Row(List.of(day(a.startsAt()), a.title(),
                        unitNames.computeIfAbsent(a.communityId(), this::unitName),
                        String.join(listSeparator(locale), a.organisers()), Long.toString(a.participants())),
                        ACTIVITY_PAGE + a.id()))
                .toList();
        return new FigureRows(columns, rows, total);
    }

    /**
     * Hours to two decimals: credits are whole quarter hours, so each cell is exact and the column
     * sums to the figure's minutes / 60, which the dashboard rounds to one decimal. One-decimal
     * cells would not add up (0.25 + 0.25 shown as 0.3 + 0.3).
     */
    private FigureRows shiftRows(Collection<Long> unitIds, Quarter quarter, int first, int max, Locale locale) {
        List<Column> columns = List.of(column("rows.date", false, locale), column("rows.servedAt", false, locale),
                column("rows.volunteer", false, locale), column("rows.hours", true, locale));
        if (unitIds.isEmpty()) {
            return new FigureRows(columns, List.of(), 0);
        }
        long total = figures.countConfirmedShifts(unitIds, quarter.start(), quarter.end());
        if (max == 0) {
            return new FigureRows(columns, List.of(), total);
        }
        List<Row> rows = figures.confirmedShifts(unitIds, quarter.start(), quarter.end(), first, max).stream()
                .map(s -> new Row(List.of(day(s.startedAt()), s.servedAt(),
                        MaskedName.of(s.volunteerName()), VolunteerHours.hours(s.minutes()).toPlainString()),
                        VOLUNTEERING_PAGE + s.organisationId()))
                .toList();
        return new FigureRows(columns, rows, total);
    }

    private static Column column(String key, boolean numeric, Locale locale) {
        return new Column(KernelBundle.format(MassOrganizationsModule.BUNDLE, locale, key), numeric);
    }

    private String unitName(long unitId) {
        return directory.find(unitId).map(OrgUnitView::name).orElse("");
    }

    private static String day(Instant instant) {
        return LocalDate.ofInstant(instant, CHINA).toString();
    }

    /** Chinese lists names with the enumeration comma (妇联、团委), other languages with a comma. */
    private static String listSeparator(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? "、" : ", ";
    }
}
