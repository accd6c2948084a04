package org.communitypartners.merchants.offers.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
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
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);

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
                IndicatorDefinition.total(CARING, FigureUnit.COUNT, true, null),
                IndicatorDefinition.total(PERSON_TIMES, FigureUnit.COUNT, true, null),
                IndicatorDefinition.total(VALUE, FigureUnit.YUAN, true, null));
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

    /**
     * Caring merchants: one row per merchant counted at the quarter's end. Person-times and value
     * share the redemptions: one row each, the value it gave last. Nothing names the resident or the
     * category the resident is eligible under.
     */
    @Override
    public FigureRows rows(String key, Collection<Long> unitIds, Quarter quarter, int first, int max, Locale locale) {
        return switch (key) {
            case CARING -> caringRows(unitIds, quarter, first, max, locale);
            case PERSON_TIMES, VALUE -> redemptionRows(unitIds, quarter, first, max, locale);
            default -> throw new IllegalArgumentException("no rows for " + key);
        };
    }

    private FigureRows caringRows(Collection<Long> unitIds, Quarter quarter, int first, int max, Locale locale) {
        List<Column> columns = List.of(column(locale, "rows.merchant", false), column(locale, "rows.community", false),
                column(locale, "rows.caringSince", false));
        if (unitIds.isEmpty()) {
            return new FigureRows(columns, List.of(), 0);
        }
        Map<Long, String> communities = new HashMap<>();
        List<Row> rows = max == 0 ? List.of()
                : offers.caringAt(unitIds, quarter.end(), first, max).stream()
                        .map(merchant -> Row.of(merchant.name(),
                                communities.computeIfAbsent(merchant.communityId(), this::unitName),
                                LocalDate.ofInstant(merchant.caringSince(), CHINA).toString()))
                        .toList();
        return new FigureRows(columns, rows, offers.countCaringAt(unitIds, quarter.end()));
    }

    private FigureRows redemptionRows(Collection<Long> unitIds, Quarter quarter, int first, int max, Locale locale) {
        List<Column> columns = List.of(column(locale, "rows.redeemedAt", false), column(locale, "rows.merchant", false),
                column(locale, "rows.offer", false), column(locale, "rows.normalPrice", true),
                column(locale, "rows.chargedPrice", true), column(locale, "rows.benefitValue", true));
        if (unitIds.isEmpty()) {
            return new FigureRows(columns, List.of(), 0);
        }
        List<Row> rows = max == 0 ? List.of()
                : offers.redemptions(unitIds, quarter.start(), quarter.end(), first, max).stream()
                        .map(r -> Row.of(MINUTE.format(r.redeemedAt()), r.merchantName(), r.serviceName(),
                                amount(r.normalPrice()), amount(r.chargedPrice()), amount(r.value())))
                        .toList();
        return new FigureRows(columns, rows, offers.countRedemptions(unitIds, quarter.start(), quarter.end()));
    }

    private String unitName(long unitId) {
        return directory.find(unitId).map(OrgUnitView::name).orElse("");
    }

    private static Column column(Locale locale, String key, boolean numeric) {
        return new Column(ResourceBundle.getBundle(MerchantsModule.BUNDLE, locale).getString(key), numeric);
    }

    /** Yuan to the fen as a plain number, so the rows add up to the figure exactly. */
    private static String amount(BigDecimal yuan) {
        return yuan.setScale(2).toPlainString();
    }
}
