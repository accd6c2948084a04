package org.communitypartners.app.dashboard.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.communitypartners.kernel.api.CallerScope;
import org.communitypartners.kernel.api.FeatureModule;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.indicators.Figure;
import org.communitypartners.kernel.api.indicators.FigureUnit;
import org.communitypartners.kernel.api.indicators.IndicatorDefinition;
import org.communitypartners.kernel.api.indicators.IndicatorSource;
import org.communitypartners.kernel.api.indicators.IndicatorSummary;
import org.communitypartners.kernel.api.indicators.Measurement;
import org.communitypartners.kernel.api.indicators.PlaceParts;
import org.communitypartners.kernel.api.indicators.Quarter;

/**
 * Gathers every module's figures for a place the caller sees. A module switched off for a part
 * of the place contributes nothing there; one switched off for the whole place has no rows.
 * Finished quarters come from the indicator summary where it holds them, the rest from the rows.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
public class Dashboard {
    /** Eight quarters: the trend, and the same quarter last year within it. */
    static final int TREND_QUARTERS = 8;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    @Any
    Instance<IndicatorSource> sources;
    @Inject
    CallerScope scope;
    @Inject
    OrgDirectory directory;
    @Inject
    ModuleGate gate;
    @Inject
    IndicatorSummary summary;

    /**
     * The quarter a dashboard opens on: the last one that is over, so its figures compare with
     * whole quarters (the current one can be chosen and fills up as it goes).
     */
    public static Quarter lastCompleteQuarter() {
        return Quarter.containing(LocalDate.now(CHINA)).previous();
    }

    /** Each source reads in its own short transaction; the dashboard holds none open across them. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public DashboardView view(Long placeId, Quarter quarter) {
        long id = placeId == null ? scope.grantedUnitId() : placeId;
        scope.requireVisible(id, "OrgUnit", id);
        OrgUnitView place = directory.find(id).orElseThrow(() -> new NotFoundInScope("OrgUnit", id));
        List<Quarter> trend = quarter.lastQuarters(TREND_QUARTERS);
        List<OrgUnitView> parts = directory.children(place.id());
        PlaceParts placeParts = PlaceParts.of(place, directory.subtree(place.id()));
        // A city's quarter under way would take long to count from every row: the summary refreshes it.
        SummaryOrRows figures = new SummaryOrRows(summary, Quarter.containing(LocalDate.now(CHINA)),
                place.level() == OrgLevel.CITY);
        Instant summarizedAt = null;
        boolean underWaySummarized = false;

        List<DashboardView.Row> rows = new ArrayList<>();
        List<DashboardView.Breakdown> breakdowns = new ArrayList<>();
        Map<String, FigureBook> books = new HashMap<>();
        Map<String, String> links = new HashMap<>();
        for (IndicatorSource source : inMenuOrder()) {
            // A module off for the whole place shows nothing; off for a part, nothing of that part.
            Map<Long, Boolean> on = ModuleSwitches.of(gate, source.moduleKey(), place, parts);
            if (!on.containsValue(true)) {
                continue;
            }
            SummaryOrRows.Gathered gathered = figures.measure(source, placeParts, trend);
            List<Measurement> measured = gathered.measurements().stream()
                    .filter(m -> on.getOrDefault(m.partId(), false)).toList();
            if (gathered.summarizedAt() != null
                    && (summarizedAt == null || gathered.summarizedAt().isBefore(summarizedAt))) {
                summarizedAt = gathered.summarizedAt();
            }
            underWaySummarized |= gathered.underWaySummarized();
            Map<String, FigureUnit> units = new LinkedHashMap<>();
            source.definitions().forEach(d -> units.put(d.key(), d.unit()));
            FigureBook book = new FigureBook(units, measured);
            source.definitions().forEach(d -> books.put(d.key(), book));
            for (IndicatorDefinition d : source.definitions()) {
                String link = rowsLink(d, place, quarter);
                links.put(d.key(), link);
                if (d.byCategory()) {
                    breakdowns.add(new DashboardView.Breakdown(source.moduleKey(), source.bundle(), d.key(), link,
                            book.categories(d.key()).stream().map(c -> new DashboardView.CategoryRow(c.code(),
                                    c.nameZh(), c.nameEn(), book.category(d.key(), quarter, c.code()),
                                    book.category(d.key(), quarter.previous(), c.code()))).toList()));
                } else {
                    rows.add(row(source.moduleKey(), source.bundle(), d.key(), d.unit(), d.higherIsBetter(), link,
                            quarter, trend, parts, q -> book.total(d.key(), q), (q, part) -> book.part(d.key(), q, part)));
                }
            }
        }
        for (CrossModuleIndicator c : CrossModuleIndicator.ALL) {
            FigureBook numerators = books.get(c.numeratorKey());
            FigureBook denominators = books.get(c.denominatorKey());
            if (numerators != null && denominators != null) {
                rows.add(row("dashboard", null, c.key(), c.unit(), c.higherIsBetter(), links.get(c.numeratorKey()),
                        quarter, trend, parts,
                        q -> c.combine(numerators.total(c.numeratorKey(), q), denominators.total(c.denominatorKey(), q)),
                        (q, part) -> c.combine(numerators.part(c.numeratorKey(), q, part),
                                denominators.part(c.denominatorKey(), q, part))));
            }
        }
        return new DashboardView(place, trail(place), quarter, trend, parts, rows, breakdowns, summarizedAt,
                underWaySummarized);
    }

    /** The module's own page of the rows where it has one, else the dashboard's page of the source's rows. */
    static String rowsLink(IndicatorDefinition definition, OrgUnitView place, Quarter quarter) {
        String where = "unit=" + place.id() + "&quarter=" + quarter;
        return definition.rowsPage() != null ? definition.rowsPage() + "?" + where
                : FigureRowsQuery.PAGE + "?figure=" + definition.key() + "&" + where;
    }

    /** Sources in the order of the modules' menu, so the figures read as the menu does. */
    private List<IndicatorSource> inMenuOrder() {
        List<String> menu = gate.enabledForCaller().stream().map(FeatureModule::key).toList();
        return sources.stream().sorted(Comparator.comparingInt((IndicatorSource s) -> menu.indexOf(s.moduleKey()) < 0
                ? Integer.MAX_VALUE : menu.indexOf(s.moduleKey()))).toList();
    }

    private static DashboardView.Row row(String module, String bundle, String key, FigureUnit unit,
                                         boolean higherIsBetter, String link, Quarter quarter, List<Quarter> trend,
                                         List<OrgUnitView> parts, Function<Quarter, Figure> total,
                                         BiFunction<Quarter, Long, Figure> part) {
        Map<Long, Figure> byPart = new LinkedHashMap<>();
        parts.forEach(p -> byPart.put(p.id(), part.apply(quarter, p.id())));
        return new DashboardView.Row(module, bundle, key, unit, higherIsBetter, link, total.apply(quarter),
                total.apply(quarter.previous()), total.apply(quarter.sameQuarterLastYear()),
                trend.stream().map(total).toList(), byPart);
    }

    /** The caller's places above this one, top down: the way back up a drill-down. */
    private List<OrgUnitView> trail(OrgUnitView place) {
        List<OrgUnitView> trail = new ArrayList<>();
        for (String id : place.path().substring(1).split("/")) {
            long unitId = Long.parseLong(id);
            if (unitId != place.id() && scope.canSee(unitId)) {
                directory.find(unitId).ifPresent(trail::add);
            }
        }
        return trail;
    }
}
