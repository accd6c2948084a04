package org.communitypartners.kernel.api.indicators;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.communitypartners.kernel.api.OrgUnitView;

/**
 * The organisation tree as the summary measures it. A source measures a place only into its
 * parts, so the finest figures come from measuring every place that has parts and keeping what
 * lies directly on it or in a part with no parts of its own; every other part is measured itself.
 * Each row is then kept exactly once, at the finest unit the source attributes it to.
 */
public final class SummaryTree {
    private final List<OrgUnitView> measured;
    private final Set<Long> parents = new HashSet<>();

    private SummaryTree(List<OrgUnitView> units) {
        Set<Long> given = new HashSet<>();
        units.forEach(u -> given.add(u.id()));
        units.forEach(u -> {
            if (u.parentId() != null) {
                parents.add(u.parentId());
            }
        });
        this.measured = units.stream().filter(u -> u.parentId() == null || !given.contains(u.parentId())
                || parents.contains(u.id())).toList();
    }

    /** Every unit of one or more whole trees, as the directory returns them. */
    public static SummaryTree of(List<OrgUnitView> units) {
        return new SummaryTree(units);
    }

    /** The places to measure: those with parts, and the top of each tree given (rows may lie on a lone city). */
    public List<OrgUnitView> measuredPlaces() {
        return measured;
    }

    /** What measuring {@code place} contributes to the summary: rows on it and in parts with no parts. */
    public List<Measurement> finest(OrgUnitView place, List<Measurement> measuredThere) {
        return measuredThere.stream().filter(m -> m.partId() == place.id() || !parents.contains(m.partId())).toList();
    }
}
