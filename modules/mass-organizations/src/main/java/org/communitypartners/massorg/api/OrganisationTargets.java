package org.communitypartners.massorg.api;

import java.util.List;
import java.util.Optional;

/**
 * Yearly targets of mass organisations against what they actually did (computed from activities,
 * course attendance and verified volunteer hours), limited to the organisations the signed-in
 * caller sees.
 */
public interface OrganisationTargets {

    /** Every organisation the caller sees that has a target for the year (calendar year, Asia/Shanghai), by name. */
    List<OrganisationTargetProgress> forYear(int year);

    /** The organisation of the partner, if the caller sees it and it has a target for the year. */
    Optional<OrganisationTargetProgress> ofPartner(long partnerId, int year);
}
