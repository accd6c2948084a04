package org.communitypartners.kernel.api;

import java.math.BigDecimal;

/** A node of the organisation tree as other modules and screens see it. */
public record OrgUnitView(long id, String code, String name, OrgLevel level, Long parentId, String path,
                          BigDecimal latitude, BigDecimal longitude, boolean active,
                          long version) {
}
