package org.communitypartners.kernel.api.indicators;

import java.util.List;
import org.communitypartners.kernel.api.OrgUnitView;

/**
 * What a module contributes to the staff dashboard and the quarterly report: one
 * application-scoped bean per module. The dashboard has already checked that the caller sees
 * the place and that the module is on there before it asks.
 */
public interface IndicatorSource {

    /** The module's key: its figures are shown only where the module is switched on. */
    String moduleKey();

    /** Bundle with the wording of the indicators ({@code indicator.<key>}). */
    String bundle();

    List<IndicatorDefinition> definitions();

    /**
     * Figures of the quarters {@code from} to {@code to} (both included) for the rows at or below
     * the place, attributed to the place's parts. Parts with nothing to count may be left out.
     */
    List<Measurement> measure(OrgUnitView place, Quarter from, Quarter to);
}
