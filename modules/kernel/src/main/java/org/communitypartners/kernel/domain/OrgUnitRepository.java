package org.communitypartners.kernel.domain;

import java.util.List;
import java.util.Optional;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.PageRequest;

public interface OrgUnitRepository {

    Optional<OrgUnit> find(long id);

    Optional<OrgUnit> findByCode(String code);

    List<OrgUnit> children(long parentId);

    List<OrgUnit> subtree(TreePath path);

    long countActiveChildren(long parentId);

    /** Writes pending changes now, so views built afterwards carry the new version. */
    void flush();

    /** Persists a new node and gives it its path. */
    OrgUnit add(OrgUnit unit, OrgUnit parent);

    /**
     * Rewrites what a move changes below a moved node: every path, and every code's leading
     * {@code oldPrefix} (the moved node's old child prefix) to {@code newPrefix}.
     */
    void rebaseSubtree(TreePath from, TreePath to, String oldPrefix, String newPrefix);

    List<OrgUnit> list(OrgUnitFilter filter, PageRequest page);

    long count(OrgUnitFilter filter);

    /**
     * What a lazy list of nodes filters by: within a subtree, optionally one level, a part of
     * the name or code, and active only.
     */
    record OrgUnitFilter(TreePath within, OrgLevel level, String text, Boolean active) {
    }
}
