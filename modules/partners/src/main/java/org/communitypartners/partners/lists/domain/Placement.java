package org.communitypartners.partners.lists.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;

/**
 * Where an entry of the three lists is: its unit of the organisation tree with the subdistrict,
 * community and compound on the way to it (so lists filter by scope with an index, and
 * matching compares places without walking the tree), and optionally a point on the map.
 */
@Embeddable
public class Placement {
    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    /** The unit's path of ids from the root ("/1/4/9/"): the caller's subtree is a prefix of it. */
    @Column(name = "unit_path", nullable = false, length = 255)
    private String unitPath;

    @Column(name = "subdistrict_id", nullable = false)
    private long subdistrictId;

    @Column(name = "community_id")
    private Long communityId;

    @Column(name = "compound_id")
    private Long compoundId;

    @Column(precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    private BigDecimal longitude;

    protected Placement() {
    }

    /**
     * The place of the last unit of {@code line} (the units from the root down to it), which must
     * be of one of the {@code allowed} levels. Coordinates given win over the unit's own.
     */
    public static Placement at(List<OrgUnitView> line, Set<OrgLevel> allowed, BigDecimal latitude,
                               BigDecimal longitude) {
        OrgUnitView unit = line.isEmpty() ? null : line.get(line.size() - 1);
        if (unit == null || !allowed.contains(unit.level())) {
            throw ListRules.violation("place.level");
        }
        if ((latitude == null) != (longitude == null) || latitude != null && (latitude.abs().doubleValue() > 90
                || longitude.abs().doubleValue() > 180)) {
            throw ListRules.violation("place.coordinates");
        }
        Long subdistrict = idAt(line, OrgLevel.SUBDISTRICT);
        if (subdistrict == null) {
            throw ListRules.violation("place.level");
        }
        Placement place = new Placement();
        place.unitId = unit.id();
        place.unitPath = unit.path();
        place.subdistrictId = subdistrict;
        place.communityId = idAt(line, OrgLevel.COMMUNITY);
        place.compoundId = idAt(line, OrgLevel.COMPOUND);
        place.latitude = latitude != null ? latitude : unit.latitude();
        place.longitude = latitude != null ? longitude : unit.longitude();
        return place;
    }

    private static Long idAt(List<OrgUnitView> line, OrgLevel level) {
        return line.stream().filter(u -> u.level() == level).map(OrgUnitView::id).findFirst().orElse(null);
    }

    /** How close the other place is in the tree: same compound, community, subdistrict or elsewhere. */
    public PlaceTier tierTo(Placement other) {
        if (compoundId != null && compoundId.equals(other.compoundId)) {
            return PlaceTier.SAME_COMPOUND;
        }
        if (communityId != null && communityId.equals(other.communityId)) {
            return PlaceTier.SAME_COMMUNITY;
        }
        return subdistrictId == other.subdistrictId ? PlaceTier.SAME_SUBDISTRICT : PlaceTier.ELSEWHERE;
    }

    /** Straight-line (great-circle) metres to the other place, or null when either has no coordinates. */
    public Long metresTo(Placement other) {
        if (latitude == null || other.latitude == null) {
            return null;
        }
        double lat1 = Math.toRadians(latitude.doubleValue());
        double lat2 = Math.toRadians(other.latitude.doubleValue());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude.doubleValue() - longitude.doubleValue());
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return Math.round(2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a))));
    }

    public long getUnitId() {
        return unitId;
    }

    public String getUnitPath() {
        return unitPath;
    }

    public long getSubdistrictId() {
        return subdistrictId;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public Long getCompoundId() {
        return compoundId;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Placement p && unitId == p.unitId && Objects.equals(latitude, p.latitude)
                && Objects.equals(longitude, p.longitude);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unitId, latitude, longitude);
    }
}
