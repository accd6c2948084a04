package org.communitypartners.property.indicators.domain;

import java.util.Collection;
import java.util.Map;

/** Grouped counts behind the property module's indicators, keyed by compound id. */
public interface PropertyFigures {

    /** Units (households) on the register of each compound among the units given. */
    Map<Long, Long> households(Collection<Long> unitIds);
}
