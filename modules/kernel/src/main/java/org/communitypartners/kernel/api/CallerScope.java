package org.communitypartners.kernel.api;

import java.util.Set;

/**
 * The part of the organisation tree the signed-in caller may see: the subtree of the one node
 * they are granted. Every module filters its queries and checks its ids through this.
 */
public interface CallerScope {

    /** The id of the granted node; empty for anonymous callers. */
    Long grantedUnitId();

    /** True when the caller is granted the root of the tree, so no filter is needed. */
    boolean coversWholeTree();

    /** The ids of every node in the caller's subtree (the granted node included). */
    Set<Long> visibleUnitIds();

    boolean canSee(long unitId);

    /**
     * Passes when the caller may see the unit; otherwise records a denied access in the audit
     * log and throws {@link NotFoundInScope}.
     */
    void requireVisible(long unitId, String targetType, Object targetId);

    /** The subdistrict above or at the caller's granted node, if any. */
    Long subdistrictId();
}
