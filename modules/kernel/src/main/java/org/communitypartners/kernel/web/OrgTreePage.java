package org.communitypartners.kernel.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.kernel.api.web.PagedList;
import org.communitypartners.kernel.application.OrgTreeService;
import org.communitypartners.kernel.domain.OrgUnitRepository.OrgUnitFilter;
import org.communitypartners.kernel.domain.TreePath;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.LazyDefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The organisation tree screen: the tree on the left (children loaded on expand), the lazy
 * list of the selected subtree on the right, and dialogs to add, edit, move and deactivate.
 */
@Named
@ViewScoped
public class OrgTreePage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    OrgTreeService tree;
    @Inject
    Feedback feedback;

    private TreeNode<OrgUnitView> root;
    private TreeNode<OrgUnitView> selectedNode;
    private OrgUnitView scopeUnit;
    /** A unit to open from the URL (?unit=id); another subdistrict's id answers 404. */
    private Long unit;
    private final PagedList<OrgUnitView> units = new PagedList<>(new UnitSource(), OrgUnitView::id);

    /** The node acted on by a dialog, and the dialog's fields. */
    private OrgUnitView target;
    private String code;
    private String name;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private OrgUnitView newParent;

    public TreeNode<OrgUnitView> getRoot() {
        if (root == null) {
            root = new LazyDefaultTreeNode<>(null, this::childrenOf, this::isLeaf);
            root.getChildren().get(0).setExpanded(true);
            if (scopeUnit == null) {
                scopeUnit = root.getChildren().get(0).getData();
            }
        }
        return root;
    }

    public void openUnit() {
        if (unit != null) {
            scopeUnit = tree.get(unit);
        }
    }

    /** The invisible root's only child is the caller's granted node. */
    private List<OrgUnitView> childrenOf(OrgUnitView unit) {
        return unit == null ? List.of(tree.root()) : tree.children(unit.id());
    }

    private boolean isLeaf(OrgUnitView unit) {
        return unit != null && unit.level() == OrgLevel.COMPOUND;
    }

    public void onSelect(NodeSelectEvent event) {
        @SuppressWarnings("unchecked")
        TreeNode<OrgUnitView> node = event.getTreeNode();
        scopeUnit = node.getData();
    }

    public void prepareCreate(OrgUnitView parent) {
        target = parent;
        code = parent.code();
        name = null;
        latitude = null;
        longitude = null;
    }

    public void create() {
        if (feedback.attempt(() -> tree.create(target.id(), code, name, latitude, longitude), "org.created", name)) {
            refreshTree();
        }
    }

    public void prepareEdit(OrgUnitView unit) {
        target = unit;
        name = unit.name();
        latitude = unit.latitude();
        longitude = unit.longitude();
    }

    public void update() {
        if (feedback.attempt(() -> tree.update(target.id(), target.version(), name, latitude, longitude),
                "org.updated", name)) {
            refreshTree();
        }
    }

    public void prepareMove(OrgUnitView unit) {
        target = unit;
        newParent = null;
        code = unit.code();
    }

    /** Candidate parents for the move dialog: nodes of the level above, by name or code. */
    public List<OrgUnitView> completeParent(String query) {
        OrgLevel parentLevel = OrgLevel.values()[target.level().ordinal() - 1];
        return tree.list(new OrgUnitFilter(null, parentLevel, query, true), new PageRequest(0, 20, "code", true));
    }

    public void move() {
        if (newParent == null) {
            feedback.error("org.moveParentRequired");
            return;
        }
        if (feedback.attempt(() -> tree.move(target.id(), newParent.id(), code), "org.moved", target.name())) {
            refreshTree();
        }
    }

    public void deactivate(OrgUnitView unit) {
        if (feedback.attempt(() -> tree.deactivate(unit.id()), "org.deactivated", unit.name())) {
            refreshTree();
        }
    }

    public void reactivate(OrgUnitView unit) {
        if (feedback.attempt(() -> tree.reactivate(unit.id()), "org.reactivated", unit.name())) {
            refreshTree();
        }
    }

    /** Whether a child may be added below the unit (compounds have none). */
    public boolean canHaveChildren(OrgUnitView unit) {
        return unit.active() && unit.level() != OrgLevel.COMPOUND;
    }

    /** Moving or closing one's own granted node is for those above it. */
    public boolean isOwnRoot(OrgUnitView unit) {
        return unit.id() == tree.root().id();
    }

    private void refreshTree() {
        root = null;
    }

    /** The lazy list shows the subtree of the node selected in the tree. */
    private final class UnitSource implements PagedList.Source<OrgUnitView> {
        private static final long serialVersionUID = 1L;

        @Override
        public long count(Map<String, Object> filters) {
            return tree.count(filter(filters));
        }

        @Override
        public List<OrgUnitView> page(Map<String, Object> filters, PageRequest page) {
            return tree.list(filter(filters), page);
        }

        private OrgUnitFilter filter(Map<String, Object> filters) {
            TreePath within = scopeUnit == null ? null : new TreePath(scopeUnit.path());
            Object level = filters.get("level");
            Object active = filters.get("active");
            return new OrgUnitFilter(within, level == null ? null : OrgLevel.valueOf(level.toString()),
                    (String) filters.get("globalFilter"), active == null ? null : Boolean.valueOf(active.toString()));
        }
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public PagedList<OrgUnitView> getUnits() {
        return units;
    }

    public TreeNode<OrgUnitView> getSelectedNode() {
        return selectedNode;
    }

    public void setSelectedNode(TreeNode<OrgUnitView> selectedNode) {
        this.selectedNode = selectedNode;
    }

    public OrgUnitView getScopeUnit() {
        return scopeUnit;
    }

    public OrgUnitView getTarget() {
        return target;
    }

    public OrgLevel[] getLevels() {
        return OrgLevel.values();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }

    public OrgUnitView getNewParent() {
        return newParent;
    }

    public void setNewParent(OrgUnitView newParent) {
        this.newParent = newParent;
    }
}
