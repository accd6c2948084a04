package org.communitypartners.merchants.library.application;

import java.util.List;
import org.communitypartners.merchants.library.domain.EssentialNeed;

/** For each compound of a community: the essential needs no merchant within its circle meets. */
public record CoverageView(long communityId, String communityName, int radiusMetres, List<Compound> compounds) {

    /**
     * One compound; {@code located} is false while the organisation tree has no coordinates for it
     * (then nothing is known, and no gaps are claimed).
     */
    public record Compound(long id, String code, String name, boolean located, int merchants,
                           List<EssentialNeed> gaps, List<String> gapNames) {
    }
}
