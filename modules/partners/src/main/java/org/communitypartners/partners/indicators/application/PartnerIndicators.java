package org.communitypartners.partners.indicators.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.communitypartners.kernel.api.KernelBundle;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
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
import org.communitypartners.kernel.api.web.ShanghaiTime;
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.indicators.domain.IndicatorQueries;
import org.communitypartners.partners.indicators.domain.IndicatorQueries.CategoryCount;
import org.communitypartners.partners.indicators.domain.IndicatorQueries.OrderTally;
import org.communitypartners.partners.indicators.domain.IndicatorQueries.UnitCount;

/**
 * The partners module's figures: the work-order loop of the quarter's orders (received, resolved,
 * confirmed, on time, hours to resolve, complaints, satisfaction, categories), needs still
 * without a match, and partners by kind (active ones) and by status at the quarter's end. The
 * work-order figures open on the work-order board; the others list their rows here.
 */
@ApplicationScoped
@Transactional
public class PartnerIndicators implements IndicatorSource {
    public static final String RECEIVED = "orders.received";
    public static final String RESOLVED = "orders.resolved";
    public static final String CONFIRMED = "orders.confirmed";
    public static final String ON_TIME = "orders.onTime";
    public static final String HOURS_TO_RESOLVE = "orders.hoursToResolve";
    public static final String COMPLAINTS = "orders.complaints";
    public static final String SATISFACTION = "orders.satisfaction";
    public static final String BY_CATEGORY = "orders.byCategory";
    public static final String UNMATCHED_NEEDS = "needs.unmatched";
    public static final String PARTNERS_BY_KIND = "partners.activeByKind";
    public static final String PARTNERS_BY_STATUS = "partners.byStatus";
    private static final String BOARD = "/partners/orders.xhtml";
    private static final String PARTNER_PAGE = "/partners/partner.xhtml?id=";
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    @Inject
    IndicatorQueries queries;
    @Inject
    OrgDirectory directory;

    @Override
    public String moduleKey() {
        return PartnersModule.KEY;
    }

    @Override
    public String bundle() {
        return PartnersModule.BUNDLE;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return List.of(
                IndicatorDefinition.total(RECEIVED, FigureUnit.COUNT, true, BOARD),
                IndicatorDefinition.total(RESOLVED, FigureUnit.COUNT, true, BOARD),
                IndicatorDefinition.total(CONFIRMED, FigureUnit.COUNT, true, BOARD),
                IndicatorDefinition.total(ON_TIME, FigureUnit.PERCENT, true, BOARD),
                IndicatorDefinition.total(HOURS_TO_RESOLVE, FigureUnit.MEAN_HOURS, false, BOARD),
                IndicatorDefinition.total(COMPLAINTS, FigureUnit.COUNT, false, BOARD),
                IndicatorDefinition.total(SATISFACTION, FigureUnit.MEAN_SCORE, true, BOARD),
                IndicatorDefinition.perCategory(BY_CATEGORY, FigureUnit.COUNT, BOARD),
                IndicatorDefinition.total(UNMATCHED_NEEDS, FigureUnit.COUNT, false, null),
                IndicatorDefinition.perCategory(PARTNERS_BY_KIND, FigureUnit.COUNT, null),
                IndicatorDefinition.perCategory(PARTNERS_BY_STATUS, FigureUnit.COUNT, null));
    }

    @Override
    public List<Measurement> measure(OrgUnitView place, Quarter from, Quarter to) {
        PlaceParts parts = PlaceParts.of(place, directory.subtree(place.id()));
        Collection<Long> orderIds = place.level() == OrgLevel.CITY
                ? parts.parts().stream().map(OrgUnitView::id).toList() : List.of(place.id());
        List<Measurement> measured = new ArrayList<>();
        for (Quarter q : Quarter.range(from, to)) {
            measured.addAll(orders(parts, q, queries.orders(place.level(), orderIds, q.start(), q.end())));
            for (CategoryCount c : queries.ordersByCategory(place.level(), orderIds, q.start(), q.end())) {
                parts.partOf(c.unitId()).ifPresent(part -> measured.add(new Measurement(BY_CATEGORY, q, part,
                        c.category(), c.nameZh(), c.nameEn(), Figure.count(c.count()))));
            }
            for (UnitCount c : queries.unmatchedNeeds(parts.unitIds(), q.start(), q.end())) {
                parts.partOf(c.unitId()).ifPresent(part -> measured.add(
                        Measurement.of(UNMATCHED_NEEDS, q, part, Figure.count(c.count()))));
            }
            for (CategoryCount c : queries.activePartnersByKind(parts.unitIds(), q.end())) {
                parts.partOf(c.unitId()).ifPresent(part -> measured.add(new Measurement(PARTNERS_BY_KIND, q, part,
                        c.category(), name("kind.", c.category(), KernelBundle.CHINESE),
                        name("kind.", c.category(), KernelBundle.ENGLISH), Figure.count(c.count()))));
            }
            for (CategoryCount c : queries.partnersByStatus(parts.unitIds(), q.end())) {
                parts.partOf(c.unitId()).ifPresent(part -> measured.add(new Measurement(PARTNERS_BY_STATUS, q, part,
                        c.category(), name("status.", c.category(), KernelBundle.CHINESE),
                        name("status.", c.category(), KernelBundle.ENGLISH), Figure.count(c.count()))));
            }
        }
        return measured;
    }

    /**
     * Needs: day raised, place, category, description (the need itself, never who reported it; there
     * is no page of a single need). Partners by kind: name, kind, home unit, day active since.
     * Partners by status: name, kind, status, home unit, each linked to the partner's page.
     */
    @Override
    public FigureRows rows(String key, Collection<Long> unitIds, Quarter quarter, int first, int max, Locale locale) {
        if (first < 0 || max < 0) {
            throw new IllegalArgumentException("rows " + first + "+" + max);
        }
        Function<Long, String> unitNames = unitNames();
        return switch (key) {
            case UNMATCHED_NEEDS -> page(columns(locale, "rows.raisedOn", "rows.place", "rows.category", "rows.need"),
                    unitIds, max, () -> queries.unmatchedNeedRows(unitIds, quarter.start(), quarter.end(), first, max)
                            .stream().map(n -> new Row(List.of(day(n.createdAt()), unitNames.apply(n.unitId()),
                                    name("category.", n.category(), locale), n.description()), null)).toList(),
                    () -> queries.unmatchedNeedsTotal(unitIds, quarter.start(), quarter.end()));
            case PARTNERS_BY_KIND -> page(columns(locale, "rows.partner", "rows.kind", "rows.homeUnit", "rows.activeSince"),
                    unitIds, max, () -> queries.activePartnerRows(unitIds, quarter.end(), first, max).stream()
                            .map(p -> new Row(List.of(p.name(), name("kind.", p.kind(), locale),
                                    unitNames.apply(p.homeUnitId()), day(p.since())), PARTNER_PAGE + p.id())).toList(),
                    () -> queries.activePartnersTotal(unitIds, quarter.end()));
            case PARTNERS_BY_STATUS -> page(columns(locale, "rows.partner", "rows.kind", "rows.status", "rows.homeUnit"),
                    unitIds, max, () -> queries.partnerRowsByStatus(unitIds, quarter.end(), first, max).stream()
                            .map(p -> new Row(List.of(p.name(), name("kind.", p.kind(), locale),
                                    name("status.", p.status(), locale), unitNames.apply(p.homeUnitId())),
                                    PARTNER_PAGE + p.id())).toList(),
                    () -> queries.partnersWithStatusTotal(unitIds, quarter.end()));
            default -> throw new IllegalArgumentException("figure " + key + " has no rows listed here");
        };
    }

    /** Nothing is asked of the database without units, and only the total when no row is wanted. */
    private static FigureRows page(List<Column> columns, Collection<Long> unitIds, int max, Supplier<List<Row>> rows,
                                   LongSupplier total) {
        if (unitIds.isEmpty()) {
            return new FigureRows(columns, List.of(), 0);
        }
        return new FigureRows(columns, max == 0 ? List.of() : rows.get(), total.getAsLong());
    }

    private static List<Column> columns(Locale locale, String... headings) {
        return Stream.of(headings).map(h -> new Column(KernelBundle.format(PartnersModule.BUNDLE, locale, h), false))
                .toList();
    }

    /** A page names a few units many times over: each is looked up once. */
    private Function<Long, String> unitNames() {
        Map<Long, String> names = new HashMap<>();
        return id -> names.computeIfAbsent(id, unit -> directory.find(unit).map(OrgUnitView::name).orElse(""));
    }

    /** The day in China time, where the quarter's bounds are drawn. */
    private static String day(Instant instant) {
        return instant == null ? "" : LocalDate.ofInstant(instant, ShanghaiTime.ZONE).toString();
    }

    /** One measurement per indicator and part: tallies of compounds in one community pool into it. */
    private static List<Measurement> orders(PlaceParts parts, Quarter quarter, List<OrderTally> tallies) {
        Map<Long, OrderTally> byPart = new LinkedHashMap<>();
        for (OrderTally t : tallies) {
            parts.partOf(t.unitId()).ifPresent(part -> byPart.merge(part, t, PartnerIndicators::pooled));
        }
        List<Measurement> measured = new ArrayList<>();
        byPart.forEach((part, t) -> {
            measured.add(Measurement.of(RECEIVED, quarter, part, Figure.count(t.received())));
            measured.add(Measurement.of(RESOLVED, quarter, part, Figure.count(t.resolved())));
            measured.add(Measurement.of(CONFIRMED, quarter, part, Figure.count(t.confirmed())));
            measured.add(Measurement.of(ON_TIME, quarter, part, Figure.share(t.resolvedOnTime(), t.resolved())));
            measured.add(Measurement.of(HOURS_TO_RESOLVE, quarter, part, Figure.mean(
                    BigDecimal.valueOf(t.minutesToResolve()).divide(MINUTES_PER_HOUR, 6, RoundingMode.HALF_UP),
                    t.resolved(), FigureUnit.MEAN_HOURS)));
            measured.add(Measurement.of(COMPLAINTS, quarter, part, Figure.count(t.complaints())));
            measured.add(Measurement.of(SATISFACTION, quarter, part,
                    Figure.mean(BigDecimal.valueOf(t.ratingSum()), t.rated(), FigureUnit.MEAN_SCORE)));
        });
        return measured;
    }

    private static String name(String prefix, String code, Locale locale) {
        return KernelBundle.format(PartnersModule.BUNDLE, locale, prefix + code);
    }

    private static OrderTally pooled(OrderTally a, OrderTally b) {
        return new OrderTally(a.unitId(), a.received() + b.received(), a.resolved() + b.resolved(),
                a.resolvedOnTime() + b.resolvedOnTime(), a.confirmed() + b.confirmed(), a.complaints() + b.complaints(),
                a.ratingSum() + b.ratingSum(), a.rated() + b.rated(), a.minutesToResolve() + b.minutesToResolve());
    }
}
