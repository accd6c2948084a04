package org.communitypartners.merchants.library.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.merchants.MerchantsModule;

/**
 * The places within a walking radius of a centre: a place is inside when its great-circle
 * distance is at most the radius (a place exactly on the edge is inside).
 */
public record Circle(GeoPoint centre, int radiusMetres) {
    /** A 15-minute walk, unless a subdistrict says otherwise. */
    public static final int DEFAULT_RADIUS_METRES = 1_000;
    public static final int MIN_RADIUS_METRES = 100;
    public static final int MAX_RADIUS_METRES = 5_000;

    public Circle {
        if (centre == null) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "geo.required");
        }
        requireRadius(radiusMetres);
    }

    public static void requireRadius(int radiusMetres) {
        if (radiusMetres < MIN_RADIUS_METRES || radiusMetres > MAX_RADIUS_METRES) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "circle.radiusRange", MIN_RADIUS_METRES, MAX_RADIUS_METRES);
        }
    }

    /** Minutes a resident walks for a distance at 4 km/h, the pace that makes 1,000 m a 15-minute walk; at least 1. */
    public static int walkMinutes(double metres) {
        return Math.max(1, (int) Math.ceil(metres * 15 / DEFAULT_RADIUS_METRES - 1e-9));
    }

    public boolean contains(GeoPoint point) {
        return includes(centre.metresTo(point));
    }

    /** Whether a place this far from the centre belongs to the circle: the edge itself does. */
    public boolean includes(double metres) {
        return metres <= radiusMetres;
    }

    /** A place found inside the circle, with its distance from the centre. */
    public record Member<T>(T place, double metres) {
    }

    /** The places inside the circle, nearest first (ties by their order in {@code places}). */
    public <T> List<Member<T>> nearestFirst(Collection<T> places, Function<T, GeoPoint> position) {
        return places.stream().map(p -> new Member<>(p, centre.metresTo(position.apply(p))))
                .filter(m -> includes(m.metres()))
                .sorted(Comparator.comparingDouble(Member::metres)).toList();
    }

    /**
     * The smallest latitude/longitude box holding the whole circle, rounded outwards to the stored
     * six decimals, so a database range query on indexed columns misses no member. Longitude
     * spreads by asin(sin(r/R)/cos(lat)), the box's widest point (north or south of due east).
     * Near a pole, or across the ±180° meridian, the box takes every longitude.
     */
    public BoundingBox boundingBox() {
        double angular = radiusMetres / GeoPoint.EARTH_RADIUS_METRES;
        double lat = Math.toRadians(centre.latitude().doubleValue());
        double lon = Math.toRadians(centre.longitude().doubleValue());
        double minLat = lat - angular;
        double maxLat = lat + angular;
        double minLon;
        double maxLon;
        if (minLat <= -Math.PI / 2 || maxLat >= Math.PI / 2) {
            minLat = Math.max(minLat, -Math.PI / 2);
            maxLat = Math.min(maxLat, Math.PI / 2);
            minLon = -Math.PI;
            maxLon = Math.PI;
        } else {
            double spread = Math.asin(Math.sin(angular) / Math.cos(lat));
            minLon = lon - spread;
            maxLon = lon + spread;
            if (minLon < -Math.PI || maxLon > Math.PI) {
                minLon = -Math.PI;
                maxLon = Math.PI;
            }
        }
        return new BoundingBox(down(minLat), up(maxLat), down(minLon), up(maxLon));
    }

    private static BigDecimal down(double radians) {
        return BigDecimal.valueOf(Math.toDegrees(radians)).setScale(GeoPoint.SCALE, RoundingMode.FLOOR);
    }

    private static BigDecimal up(double radians) {
        return BigDecimal.valueOf(Math.toDegrees(radians)).setScale(GeoPoint.SCALE, RoundingMode.CEILING);
    }

    /** A latitude/longitude range in degrees, bounds included. */
    public record BoundingBox(BigDecimal minLatitude, BigDecimal maxLatitude, BigDecimal minLongitude,
                              BigDecimal maxLongitude) {

        /** Minutes a resident walks for a distance at 4 km/h, the pace that makes 1,000 m a 15-minute walk; at least 1. */
    public static int walkMinutes(double metres) {
        return Math.max(1, (int) Math.ceil(metres * 15 / DEFAULT_RADIUS_METRES - 1e-9));
    }

    public boolean contains(GeoPoint point) {
            return point.latitude().compareTo(minLatitude) >= 0 && point.latitude().compareTo(maxLatitude) <= 0
                    && point.longitude().compareTo(minLongitude) >= 0 && point.longitude().compareTo(maxLongitude) <= 0;
        }
    }
}
