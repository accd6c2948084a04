package org.communitypartners.kernel.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.communitypartners.kernel.api.indicators.FigureUnit;
import org.communitypartners.kernel.api.indicators.IndicatorSummary;
import org.communitypartners.kernel.api.indicators.Measurement;
import org.communitypartners.kernel.api.indicators.Quarter;

/** Where the indicator summary is kept, and what its job needs besides reading it. */
public interface IndicatorSummaryStore extends IndicatorSummary {

    /**
     * Replaces one quarter of these indicators by these measurements (each at the unit it was
     * measured at), in one transaction, so a reader sees the quarter whole, before or after.
     */
    void replace(Map<String, FigureUnit> indicators, Quarter quarter, Collection<Measurement> measurements,
                 Instant measuredAt);

    /** Ids of the units at the top of the organisation tree (the cities). */
    List<Long> topUnitIds();
}
