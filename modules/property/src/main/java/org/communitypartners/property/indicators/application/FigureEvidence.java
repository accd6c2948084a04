package org.communitypartners.property.indicators.application;

import static org.communitypartners.property.indicators.application.RowWords.amount;
import static org.communitypartners.property.indicators.application.RowWords.day;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.communitypartners.kernel.api.indicators.FigureRows;
import org.communitypartners.kernel.api.indicators.FigureRows.Row;
import org.communitypartners.kernel.api.indicators.Quarter;
import org.communitypartners.property.commitments.domain.Compliance;
import org.communitypartners.property.commitments.domain.Fraction;
import org.communitypartners.property.indicators.domain.CommitmentQuarters;
import org.communitypartners.property.indicators.domain.LedgerDeadline;
import org.communitypartners.property.indicators.domain.PropertyFigures;
import org.communitypartners.property.indicators.domain.PropertyFigures.CommitmentItem;
import org.communitypartners.property.indicators.domain.PropertyFigures.Publication;

/**
 * The rows behind each property figure of a quarter, a page at a time, so the figure can be
 * recounted from them: a count is the number of rows; a rate is the sum (or the yes count) of the
 * last column over the sum of the one before it (or over the rows). Only compounds, units and
 * amounts are shown, never an owner.
 */
final class FigureEvidence {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private final PropertyFigures figures;
    private final RowWords words;
    private final Instant now;

    FigureEvidence(PropertyFigures figures, RowWords words, Instant now) {
        this.figures = figures;
        this.words = words;
        this.now = now;
    }

    /** A page of the rows of the figure; only the count when {@code max} is 0. */
    FigureRows rows(String key, Collection<Long> unitIds, Quarter quarter, int first, int max) {
        String from = YearMonth.from(quarter.firstDay()).toString();
        String to = YearMonth.from(quarter.lastDay()).toString();
        return switch (key) {
            case PropertyIndicators.HOUSEHOLDS -> households(unitIds, first, max);
            case PropertyIndicators.FEES_BY_AMOUNT -> bills(unitIds, from, to, first, max);
            case PropertyIndicators.FEES_BY_HOUSEHOLD -> billedUnits(unitIds, from, to, first, max);
            case PropertyIndicators.LEDGER_ON_TIME -> ledgers(unitIds, quarter, first, max);
            case PropertyIndicators.COMPLIANCE -> commitments(unitIds, quarter, first, max);
            default -> throw new IllegalArgumentException("The property module has no figure " + key);
        };
    }

    private FigureRows households(Collection<Long> unitIds, int first, int max) {
        long total = figures.households(unitIds).values().stream().mapToLong(Long::longValue).sum();
        List<Row> rows = max == 0 ? List.of() : figures.households(unitIds, first, max).stream()
                .map(h -> Row.of(words.compound(h.compoundId()), h.building(), h.unitNumber(), amount(h.area())))
                .toList();
        return new FigureRows(List.of(words.text("compound"), words.text("building"), words.text("unitNumber"),
                words.number("area")), rows, total);
    }

    private FigureRows bills(Collection<Long> unitIds, String from, String to, int first, int max) {
        List<Row> rows = max == 0 ? List.of() : figures.bills(unitIds, from, to, first, max).stream()
                .map(b -> Row.of(words.compound(b.compoundId()), b.unitLabel(), b.period(), amount(b.due()),
                        amount(b.paid()))).toList();
        return new FigureRows(List.of(words.text("compound"), words.text("unit"), words.text("period"),
                words.number("due"), words.number("paid")), rows, figures.billCount(unitIds, from, to));
    }

    private FigureRows billedUnits(Collection<Long> unitIds, String from, String to, int first, int max) {
        List<Row> rows = max == 0 ? List.of() : figures.billedUnits(unitIds, from, to, first, max).stream()
                .map(u -> Row.of(words.compound(u.compoundId()), u.unitLabel(), Long.toString(u.bills()),
                        amount(u.due()), amount(u.paid()), words.yesOrNo(u.paidInFull()))).toList();
        return new FigureRows(List.of(words.text("compound"), words.text("unit"), words.number("bills"),
                words.number("due"), words.number("paid"), words.text("paidInFull")), rows,
                figures.billedUnitCount(unitIds, from, to));
    }

    /** The compounds that count for the quarter are few (one per contract), so they are paged here. */
    private FigureRows ledgers(Collection<Long> unitIds, Quarter quarter, int first, int max) {
        List<Publication> counted = figures.publications(unitIds, quarter.toString(), quarter.lastDay()).stream()
                .filter(p -> LedgerDeadline.onTime(quarter, p.publishedAt(), now).isPresent())
                .sorted(Comparator.comparingLong(Publication::compoundId)).toList();
        String deadline = day(LedgerDeadline.lastDay(quarter));
        List<Row> rows = counted.stream().skip(first).limit(max).map(p -> Row.of(words.compound(p.compoundId()),
                day(p.publishedAt() == null ? null : LocalDate.ofInstant(p.publishedAt(), CHINA)), deadline,
                words.yesOrNo(LedgerDeadline.onTime(quarter, p.publishedAt(), now).orElseThrow()))).toList();
        return new FigureRows(List.of(words.text("compound"), words.text("publishedOn"), words.text("deadline"),
                words.text("onTime")), rows, counted.size());
    }

    /** Compliance is computed for the page's commitments only; the total counts every commitment begun. */
    private FigureRows commitments(Collection<Long> unitIds, Quarter quarter, int first, int max) {
        List<CommitmentItem> items = max == 0 ? List.of()
                : figures.commitments(unitIds, quarter.lastDay(), first, max);
        Map<Long, List<Compliance.Visit>> visits = items.isEmpty() ? Map.of() : figures.visits(
                items.stream().map(i -> i.service().commitmentId()).toList(),
                PropertyIndicators.visitsFrom(quarter), PropertyIndicators.visitsTo(quarter));
        LocalDate today = LocalDate.ofInstant(now, CHINA);
        List<Row> rows = items.stream().map(i -> {
            Compliance.Terms terms = i.service().terms();
            Fraction share = CommitmentQuarters.item(i.service(),
                    visits.getOrDefault(i.service().commitmentId(), List.of()), quarter, today);
            return Row.of(words.compound(i.service().compoundId()), i.title(),
                    words.promise(terms.times(), terms.frequency(), terms.coverage()),
                    Integer.toString(share.of()), Integer.toString(share.met()));
        }).toList();
        return new FigureRows(List.of(words.text("compound"), words.text("commitment"), words.text("promise"),
                words.number("periodsCounted"), words.number("periodsMet")), rows,
                figures.commitmentCount(unitIds, quarter.lastDay()));
    }
}
