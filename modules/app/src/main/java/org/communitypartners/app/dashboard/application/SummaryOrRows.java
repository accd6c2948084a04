package org.communitypartners.app.dashboard.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communitypartners.kernel.api.indicators.FigureUnit;
import org.communitypartners.kernel.api.indicators.IndicatorSource;
import org.communitypartners.kernel.api.indicators.IndicatorSummary;
import org.communitypartners.kernel.api.indicators.Measurement;
import org.communitypartners.kernel.api.indicators.PlaceParts;
import org.communitypartners.kernel.api.indicators.Quarter;

/**
 * A source's measurements of a place over some quarters: each finished quarter the summary holds
 * for every indicator of the source is read from it and rolled up into the place's parts; the
 * quarter under way and any quarter the summary lacks are measured from the rows.
 */
final class SummaryOrRows {
    private final IndicatorSummary summary;
    private final Quarter underWay;
    private final Quarter firstLive;

    /**
     * What was measured; as of when the oldest summarized part of it was (null when all came from
     * the rows); whether the quarter under way was among the summarized ones.
     */
    record Gathered(List<Measurement> measurements, Instant summarizedAt, boolean underWaySummarized) {
    }

    /**
     * {@code underWay}: the quarter under way, counted from the rows unless {@code underWayFromSummary}
     * (a city, whose live count would take long: the summary refreshes it several times a day) and the
     * summary holds it.
     */
    SummaryOrRows(IndicatorSummary summary, Quarter underWay, boolean underWayFromSummary) {
        this.summary = summary;
        this.underWay = underWay;
        this.firstLive = underWayFromSummary ? underWay.next() : underWay;
    }

    Gathered measure(IndicatorSource source, PlaceParts place, List<Quarter> quarters) {
        Map<String, FigureUnit> indicators = new LinkedHashMap<>();
        source.definitions().forEach(d -> indicators.put(d.key(), d.unit()));
        Quarter first = quarters.get(0);
        Quarter last = quarters.get(quarters.size() - 1);
        Map<Quarter, Instant> held = first.compareTo(firstLive) < 0
                ? summary.summarized(indicators, first, last.compareTo(firstLive) < 0 ? last : firstLive.previous())
                : Map.of();
        List<Quarter> fromSummary = quarters.stream().filter(q -> q.compareTo(firstLive) < 0 && held.containsKey(q))
                .toList();
        List<Measurement> measured = new ArrayList<>(rolledUp(place,
                summary.measurements(indicators, fromSummary, place.unitIds())));
        for (List<Quarter> run : runsWithout(quarters, fromSummary)) {
            measured.addAll(source.measure(place.place(), run.get(0), run.get(run.size() - 1)));
        }
        Instant asOf = fromSummary.stream().map(held::get).min(Instant::compareTo).orElse(null);
        return new Gathered(measured, asOf, fromSummary.contains(underWay));
    }

    /** Stored measurements at units below the place, attributed to the part each unit lies in, as a source does. */
    static List<Measurement> rolledUp(PlaceParts place, List<Measurement> stored) {
        List<Measurement> parts = new ArrayList<>();
        for (Measurement m : stored) {
            place.partOf(m.partId()).ifPresent(part -> parts.add(new Measurement(m.key(), m.quarter(), part,
                    m.category(), m.categoryZh(), m.categoryEn(), m.figure())));
        }
        return parts;
    }

    /** The quarters not taken, as runs of consecutive ones, so each run is one request to the source. */
    static List<List<Quarter>> runsWithout(List<Quarter> quarters, List<Quarter> taken) {
        List<List<Quarter>> runs = new ArrayList<>();
        List<Quarter> run = new ArrayList<>();
        for (Quarter q : quarters) {
            if (taken.contains(q)) {
                if (!run.isEmpty()) {
                    runs.add(run);
                    run = new ArrayList<>();
                }
            } else {
                run.add(q);
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }
}
