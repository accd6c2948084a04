package org.communitypartners.kernel.api.indicators;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.List;

/**
 * The stored summary of every indicator source's figures per quarter, at the finest place each
 * source attributes rows to, kept by a timed job once per cluster. A dashboard reads a quarter
 * from here instead of the rows when the summary holds every indicator of a source for it; the
 * figures are as of the time the quarter was summarized.
 */
public interface IndicatorSummary {

    /**
     * The quarters from {@code from} to {@code to} the summary holds for every one of these
     * indicators in the unit given, each with the time its oldest part was measured.
     */
    Map<Quarter, Instant> summarized(Map<String, FigureUnit> indicators, Quarter from, Quarter to);

    /**
     * The summary's measurements of these indicators and quarters at these units, each attributed
     * to the unit it was stored at ({@link Measurement#partId()} is that unit's id).
     */
    List<Measurement> measurements(Map<String, FigureUnit> indicators, Collection<Quarter> quarters,
                                   Collection<Long> unitIds);
}
