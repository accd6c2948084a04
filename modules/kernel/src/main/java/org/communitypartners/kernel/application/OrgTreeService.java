package org.communitypartners.kernel.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.util.List;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.kernel.domain.DivisionCode;
import org.communitypartners.kernel.domain.OrgUnit;
import org.communitypartners.kernel.domain.OrgUnitRepository;
import org.communitypartners.kernel.domain.OrgUnitRepository.OrgUnitFilter;
import org.communitypartners.kernel.domain.TreePath;

/**
 * Maintains the organisation tree within the caller's subtree. Nothing is ever deleted:
 * nodes are deactivated, and only when no active node lies below them.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN})
public class OrgTreeService {
    private static final String TARGET = "OrgUnit";

    @Inject
    OrgUnitRepository units;
    @Inject
    CurrentCaller caller;
    @Inject
    AuditTrail audit;

    /** The caller's granted node: the root of what they see. */
    @PermitAll
    public OrgUnitView root() {
        return caller.grantedUnit().map(OrgUnit::view).orElseThrow(() -> new NotFoundInScope(TARGET, "root"));
    }

    @PermitAll
    public OrgUnitView get(long id) {
        return visible(id).view();
    }

    @PermitAll
    public List<OrgUnitView> children(long parentId) {
        return units.children(visible(parentId).getId()).stream().map(OrgUnit::view).toList();
    }

    @PermitAll
    public List<OrgUnitView> list(OrgUnitFilter filter, PageRequest page) {
        return units.list(withinCaller(filter), page).stream().map(OrgUnit::view).toList();
    }

    @PermitAll
    public long count(OrgUnitFilter filter) {
        return units.count(withinCaller(filter));
    }

    public OrgUnitView create(long parentId, String code, String name, BigDecimal latitude, BigDecimal longitude) {
        OrgUnit parent = visible(parentId);
        String trimmedCode = code == null ? null : code.strip();
        if (trimmedCode != null && units.findByCode(trimmedCode).isPresent()) {
            throw RuleViolation.kernel("code.duplicate", trimmedCode);
        }
        OrgUnit unit = parent.newChild(trimmedCode, name);
        unit.locate(latitude, longitude);
        units.add(unit, parent);
        audit.success("org.create", TARGET, unit.getId(), unit.getCode() + " " + unit.getName());
        return unit.view();
    }

    public OrgUnitView update(long id, long expectedVersion, String name, BigDecimal latitude, BigDecimal longitude) {
        OrgUnit unit = visible(id);
        requireVersion(unit, expectedVersion);
        unit.rename(name);
        unit.locate(latitude, longitude);
        units.flush();
        audit.success("org.update", TARGET, id, unit.getName());
        return unit.view();
    }

    /**
     * Moves a node (and its subtree) under another parent. Its code changes with its parent,
     * and the codes below it change with it, since each carries its parent's prefix.
     */
    public OrgUnitView move(long id, long newParentId, String newCode) {
        OrgUnit unit = visible(id);
        requireBelowGrant(unit);
        OrgUnit newParent = visible(newParentId);
        String trimmedCode = newCode == null ? null : newCode.strip();
        units.findByCode(trimmedCode).filter(other -> !other.getId().equals(unit.getId())).ifPresent(other -> {
            throw RuleViolation.kernel("code.duplicate", trimmedCode);
        });
        TreePath from = new TreePath(unit.getPath());
        int prefixLength = DivisionCode.childPrefixLength(unit.getLevel());
        String oldPrefix = unit.getCode().substring(0, Math.min(prefixLength, unit.getCode().length()));
        unit.moveUnder(newParent, trimmedCode);
        String newPrefix = unit.getCode().substring(0, Math.min(prefixLength, unit.getCode().length()));
        TreePath to = new TreePath(newParent.getPath() + unit.getId() + "/");
        units.rebaseSubtree(from, to, oldPrefix, newPrefix);
        audit.success("org.move", TARGET, id, from.value() + " -> " + to.value());
        return visible(id).view();
    }

    public OrgUnitView deactivate(long id) {
        OrgUnit unit = visible(id);
        requireBelowGrant(unit);
        if (units.countActiveChildren(id) > 0) {
            throw RuleViolation.kernel("org.hasActiveChildren", unit.getName());
        }
        unit.deactivate();
        audit.success("org.deactivate", TARGET, id, unit.getName());
        return unit.view();
    }

    public OrgUnitView reactivate(long id) {
        OrgUnit unit = visible(id);
        requireBelowGrant(unit);
        units.find(unit.getParentId()).filter(p -> !p.isActive()).ifPresent(p -> {
            throw RuleViolation.kernel("org.parentInactive", p.getName());
        });
        unit.reactivate();
        audit.success("org.reactivate", TARGET, id, unit.getName());
        return unit.view();
    }

    private OrgUnit visible(long id) {
        caller.requireVisible(id, TARGET, id);
        return units.find(id).orElseThrow(() -> new NotFoundInScope(TARGET, id));
    }

    /** The granted node itself is the caller's frame; only those above may move or close it. */
    private void requireBelowGrant(OrgUnit unit) {
        if (unit.getId().equals(caller.grantedUnitId())) {
            throw RuleViolation.kernel("org.ownGrant", unit.getName());
        }
    }

    private static void requireVersion(OrgUnit unit, long expectedVersion) {
        if (unit.getVersion() != expectedVersion) {
            throw new OptimisticLockException(unit);
        }
    }

    private OrgUnitFilter withinCaller(OrgUnitFilter filter) {
        TreePath own = caller.subtree();
        TreePath within = filter.within() != null && own.contains(filter.within()) ? filter.within() : own;
        return new OrgUnitFilter(within, filter.level(), filter.text(), filter.active());
    }
}
