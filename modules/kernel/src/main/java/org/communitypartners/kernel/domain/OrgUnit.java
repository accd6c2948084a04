package org.communitypartners.kernel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.RuleViolation;

/**
 * A node of the organisation tree. {@code path} lists the ids from the root ("/1/4/9/") so a
 * subtree is one indexed prefix query; it is rewritten for the whole subtree on a move.
 */
@Entity
@Table(name = "org_unit")
@NamedQuery(name = "OrgUnit.findByCode", query = "SELECT u FROM OrgUnit u WHERE u.code = :code")
@NamedQuery(name = "OrgUnit.findChildren",
        query = "SELECT u FROM OrgUnit u WHERE u.parentId = :parentId ORDER BY u.code")
@NamedQuery(name = "OrgUnit.findSubtree", query = "SELECT u FROM OrgUnit u WHERE u.path LIKE :pathPrefix")
@NamedQuery(name = "OrgUnit.countActiveChildren",
        query = "SELECT COUNT(u) FROM OrgUnit u WHERE u.parentId = :parentId AND u.active = TRUE")
public class OrgUnit {
    public static final int NAME_LENGTH = 100;
    public static final int PATH_LENGTH = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = DivisionCode.MAX_LENGTH)
    private String code;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OrgLevel level;

    @Column(name = "parent_id")
    private Long parentId;

    /** "/" until {@link #placeInTree} runs, once the database has given the id. */
    @Column(nullable = false, length = PATH_LENGTH)
    private String path = "/";

    @DecimalMin("-90") @DecimalMax("90")
    @Column(precision = 9, scale = 6)
    private BigDecimal latitude;

    @DecimalMin("-180") @DecimalMax("180")
    @Column(precision = 9, scale = 6)
    private BigDecimal longitude;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected OrgUnit() {
    }

    private OrgUnit(DivisionCode code, String name, OrgLevel level, OrgUnit parent) {
        this.code = code.value();
        this.level = level;
        this.parentId = parent == null ? null : parent.id;
        rename(name);
    }

    public static OrgUnit city(String code, String name) {
        return new OrgUnit(DivisionCode.forNode(code, OrgLevel.CITY, null), name, OrgLevel.CITY, null);
    }

    /** A new node one level below this one. */
    public OrgUnit newChild(String childCode, String childName) {
        if (!active) {
            throw RuleViolation.kernel("org.parentInactive", name);
        }
        OrgLevel childLevel = level.childLevel();
        if (childLevel == null) {
            throw RuleViolation.kernel("org.noChildren", name);
        }
        return new OrgUnit(DivisionCode.forNode(childCode, childLevel, divisionCode()), childName, childLevel, this);
    }

    /** Places the path once the database has assigned the id. */
    public void placeInTree(OrgUnit parent) {
        path = (parent == null ? "/" : parent.path) + id + "/";
    }

    /**
     * Moves this node under a new parent of the level above; the code must change with it,
     * because a division code carries its parent's prefix.
     */
    public void moveUnder(OrgUnit newParent, String newCode) {
        if (newParent.level.childLevel() != level) {
            throw RuleViolation.kernel("org.moveLevel", name, newParent.name);
        }
        if (!newParent.active) {
            throw RuleViolation.kernel("org.parentInactive", newParent.name);
        }
        code = DivisionCode.forNode(newCode, level, newParent.divisionCode()).value();
        parentId = newParent.id;
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw RuleViolation.kernel("org.nameRequired");
        }
        if (newName.strip().length() > NAME_LENGTH) {
            throw RuleViolation.kernel("org.nameLength", NAME_LENGTH);
        }
        name = newName.strip();
    }

    public void locate(BigDecimal newLatitude, BigDecimal newLongitude) {
        if ((newLatitude == null) != (newLongitude == null)) {
            throw RuleViolation.kernel("org.coordinatesPair");
        }
        if (newLatitude != null && (newLatitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
                || newLongitude.abs().compareTo(BigDecimal.valueOf(180)) > 0)) {
            throw RuleViolation.kernel("org.coordinatesRange");
        }
        latitude = newLatitude;
        longitude = newLongitude;
    }

    /** Deactivates; callers must first make sure no active node lies below. */
    public void deactivate() {
        active = false;
    }

    public void reactivate() {
        active = true;
    }

    /** The subdistrict on this node's path (itself, if it is one); empty for a city. */
    public Optional<Long> subdistrictId() {
        if (level == OrgLevel.CITY) {
            return Optional.empty();
        }
        return Optional.of(new TreePath(path).ids().get(OrgLevel.SUBDISTRICT.ordinal()));
    }

    public DivisionCode divisionCode() {
        return new DivisionCode(code);
    }

    public OrgUnitView view() {
        return new OrgUnitView(id, code, name, level, parentId, path, latitude, longitude, active, version);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public OrgLevel getLevel() {
        return level;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getPath() {
        return path;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
