package org.communitypartners.kernel.api;

import java.util.List;
import java.util.Optional;

/** Read access to the organisation tree for other modules; results are not scope-filtered. */
public interface OrgDirectory {

    Optional<OrgUnitView> find(long unitId);

    List<OrgUnitView> children(long unitId);

    /** The subdistrict at or above the unit, if the unit is not above subdistrict level. */
    Optional<OrgUnitView> subdistrictOf(long unitId);
}
