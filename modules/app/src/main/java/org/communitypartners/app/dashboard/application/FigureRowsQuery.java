package org.communitypartners.app.dashboard.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.CallerScope;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.indicators.FigureRows;
import org.communitypartners.kernel.api.indicators.IndicatorDefinition;
import org.communitypartners.kernel.api.indicators.IndicatorSource;
import org.communitypartners.kernel.api.indicators.PlaceParts;
import org.communitypartners.kernel.api.indicators.Quarter;

/**
 * The rows behind a dashboard figure for a place the caller sees, from the module that counts
 * them, at the units where the module is on: the same rows the figure was counted from.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
public class FigureRowsQuery {
    /** The dashboard's page of a figure's rows: {@code ?figure=<key>&unit=<id>&quarter=2026Q3}. */
    public static final String PAGE = "/dashboard/rows.xhtml";

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
    AuditTrail audit;

    /** A figure of a place and quarter whose rows can be listed; worded by {@code bundle}. */
    public record Listing(OrgUnitView place, Quarter quarter, String moduleKey, String bundle,
                          IndicatorDefinition definition) {
    }

    /** The figure, checked: a place out of scope, an unknown figure or a module switched off there is not found. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Listing listing(String key, Long placeId, Quarter quarter) {
        return find(key, placeId, quarter).listing();
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public FigureRows rows(String key, Long placeId, Quarter quarter, int first, int max, Locale locale) {
        Found found = find(key, placeId, quarter);
        return found.source().rows(key, countedUnits(found.listing()), quarter, Math.max(first, 0),
                Math.min(Math.max(max, 0), FigureRows.COUNT_LIMIT), locale);
    }

    /** The first {@link FigureRows#COUNT_LIMIT} rows for a workbook; the export is audited, as it leaves the platform. */
    public FigureRows export(String key, Long placeId, Quarter quarter, Locale locale) {
        FigureRows rows = rows(key, placeId, quarter, 0, FigureRows.COUNT_LIMIT, locale);
        audit.success("dashboard.rows.export", "OrgUnit", placeId == null ? scope.grantedUnitId() : placeId,
                key + " " + quarter + ": " + rows.rows().size() + " of " + rows.total());
        return rows;
    }

    private record Found(Listing listing, IndicatorSource source) {
    }

    private Found find(String key, Long placeId, Quarter quarter) {
        long id = placeId == null ? scope.grantedUnitId() : placeId;
        scope.requireVisible(id, "OrgUnit", id);
        OrgUnitView place = directory.find(id).orElseThrow(() -> new NotFoundInScope("OrgUnit", id));
        for (IndicatorSource source : sources) {
            for (IndicatorDefinition d : source.definitions()) {
                if (d.key().equals(key) && d.rowsPage() == null && gate.isEnabledAt(source.moduleKey(), place.id())) {
                    return new Found(new Listing(place, quarter, source.moduleKey(), source.bundle(), d), source);
                }
            }
        }
        throw new NotFoundInScope("Figure", key);
    }

    /** The place and the units below it, less the parts where the module is switched off (as the dashboard counts). */
    private Set<Long> countedUnits(Listing listing) {
        OrgUnitView place = listing.place();
        List<OrgUnitView> parts = directory.children(place.id());
        Map<Long, Boolean> on = ModuleSwitches.of(gate, listing.moduleKey(), place, parts);
        PlaceParts placeParts = PlaceParts.of(place, directory.subtree(place.id()));
        return placeParts.unitIds().stream()
                .filter(u -> placeParts.partOf(u).map(part -> on.getOrDefault(part, false)).orElse(false))
                .collect(Collectors.toSet());
    }
}
