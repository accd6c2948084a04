package org.communitypartners.kernel.api;

import java.util.List;
import java.util.Optional;

/**
 * Read access to the organisation tree for other modules. {@link #find}, {@link #findByCode}, {@link #children},
 * {@link #subtree} and {@link #subdistrictOf} are not scope-filtered: check {@link CallerScope} before using them for
 * an id a caller sent. {@link #searchVisible} is.
 */
public interface OrgDirectory {

    Optional<OrgUnitView> find(long unitId);

    /** The unit with this division code (统计用区划代码), active or not. */
    Optional<OrgUnitView> findByCode(String code);

    List<OrgUnitView> children(long unitId);

    /** The unit and every unit below it, active or not; empty for an unknown id. */
    List<OrgUnitView> subtree(long unitId);

    /** The subdistrict at or above the unit, if the unit is not above subdistrict level. */
    Optional<OrgUnitView> subdistrictOf(long unitId);

    /** Active units in the caller's subtree whose name or code contains the text, optionally of one level. */
    List<OrgUnitView> searchVisible(String text, OrgLevel level, int limit);
}
