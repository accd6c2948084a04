package org.communitypartners.partners.open311.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;

/**
 * Which community a bare map point belongs to: the nearest active community with coordinates.
 * Communities are a few kilometres apart, so an equirectangular distance is exact enough.
 */
public final class NearestCommunity {

    private NearestCommunity() {
    }

    public static Optional<OrgUnitView> to(BigDecimal latitude, BigDecimal longitude, List<OrgUnitView> units) {
        double lat = latitude.doubleValue();
        double lon = longitude.doubleValue();
        return units.stream()
                .filter(u -> u.level() == OrgLevel.COMMUNITY && u.active() && u.latitude() != null
                        && u.longitude() != null)
                .min(Comparator.comparingDouble(u -> squaredDistance(lat, lon, u)));
    }

    private static double squaredDistance(double lat, double lon, OrgUnitView unit) {
        double dLat = unit.latitude().doubleValue() - lat;
        double dLon = (unit.longitude().doubleValue() - lon) * Math.cos(Math.toRadians(lat));
        return dLat * dLat + dLon * dLon;
    }
}
