package org.communitypartners.merchants.library.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.communitypartners.kernel.api.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CircleTest {
    private static final GeoPoint YIMIN = GeoPoint.of("32.689000", "118.994000");

    /** Degrees of latitude for a distance along a meridian. */
    private static double degrees(double metres) {
        return Math.toDegrees(metres / GeoPoint.EARTH_RADIUS_METRES);
    }

    private static GeoPoint north(GeoPoint centre, double metres) {
        return GeoPoint.of(centre.latitude().doubleValue() + degrees(metres), centre.longitude().doubleValue());
    }

    @Test
    void exactlyTheRadiusIsInsideAndOneMetreBeyondIsNot() {
        Circle circle = new Circle(YIMIN, 1000);
        assertTrue(circle.includes(1000.0));
        assertTrue(circle.includes(999.999));
        assertFalse(circle.includes(Math.nextUp(1000.0)));
        assertFalse(circle.includes(1001.0));
    }

    @Test
    void aStoredPlaceAtTheRadiusIsInsideAndOneMetreFurtherIsOutside() {
        GeoPoint edge = north(YIMIN, 1000);
        double distance = YIMIN.metresTo(edge);
        // Stored coordinates (6 decimals) land within 0.1 m of the intended distance.
        assertEquals(1000, distance, 0.1);
        assertTrue(new Circle(YIMIN, (int) Math.ceil(distance)).contains(edge));
        assertFalse(new Circle(YIMIN, (int) Math.ceil(distance)).contains(north(YIMIN, Math.ceil(distance) + 1)));
        assertTrue(new Circle(YIMIN, 1000).contains(north(YIMIN, 999.9)));
        assertFalse(new Circle(YIMIN, 1000).contains(north(YIMIN, 1001)));
    }

    @Test
    void radiusOutsideTheAllowedRangeIsRefused() {
        assertEquals("circle.radiusRange", assertThrows(RuleViolation.class, () -> new Circle(YIMIN, 99)).messageKey());
        assertEquals("circle.radiusRange", assertThrows(RuleViolation.class, () -> new Circle(YIMIN, 5001)).messageKey());
        assertEquals(100, new Circle(YIMIN, 100).radiusMetres());
        assertEquals(5000, new Circle(YIMIN, 5000).radiusMetres());
    }

    @Test
    void membersComeNearestFirstAndOutsidersAreLeftOut() {
        Circle circle = new Circle(YIMIN, 1000);
        GeoPoint near = north(YIMIN, 100);
        GeoPoint middle = GeoPoint.of(YIMIN.latitude().doubleValue(), YIMIN.longitude().doubleValue() + 0.005);
        GeoPoint outside = north(YIMIN, 1500);
        List<Circle.Member<GeoPoint>> members = circle.nearestFirst(List.of(outside, middle, near), p -> p);
        assertEquals(List.of(near, middle), members.stream().map(Circle.Member::place).toList());
        assertEquals(100, members.get(0).metres(), 0.2);
        assertEquals(468, members.get(1).metres(), 1);
    }

    /** Every point of the circle's edge, in 64 directions, lies in the box; points just beyond the box do not lie in the circle. */
    @ParameterizedTest
    @CsvSource({"32.689,118.994,1000", "0,0,1000", "-45,170,5000", "60,10,100", "89.99,0,5000", "0,179.995,1000"})
    void theBoundingBoxHoldsTheWholeCircle(String latitude, String longitude, int radius) {
        GeoPoint centre = GeoPoint.of(latitude, longitude);
        Circle circle = new Circle(centre, radius);
        Circle.BoundingBox box = circle.boundingBox();
        for (int i = 0; i < 64; i++) {
            double bearing = 2 * Math.PI * i / 64;
            GeoPoint edge = destination(centre, bearing, radius - 0.2);
            assertTrue(box.contains(edge), "edge point at bearing " + i + " of " + centre + ": " + edge + " not in " + box);
        }
    }

    @Test
    void theBoundingBoxIsTightAroundTheCircle() {
        Circle circle = new Circle(YIMIN, 1000);
        Circle.BoundingBox box = circle.boundingBox();
        assertEquals(YIMIN.latitude().doubleValue() + degrees(1000), box.maxLatitude().doubleValue(), 2e-6);
        assertEquals(YIMIN.latitude().doubleValue() - degrees(1000), box.minLatitude().doubleValue(), 2e-6);
        double lonSpread = box.maxLongitude().doubleValue() - YIMIN.longitude().doubleValue();
        assertEquals(degrees(1000) / Math.cos(Math.toRadians(32.689)), lonSpread, 2e-6);
        GeoPoint beyondNorth = GeoPoint.of(box.maxLatitude().doubleValue() + 0.000002, YIMIN.longitude().doubleValue());
        assertFalse(box.contains(beyondNorth));
        assertFalse(circle.contains(beyondNorth));
        GeoPoint corner = new GeoPoint(box.maxLatitude(), box.maxLongitude());
        assertTrue(box.contains(corner));
        assertFalse(circle.contains(corner), "the box's corner is outside the circle: the exact distance decides");
    }

    @Test
    void nearAPoleOrAcrossTheDateLineTheBoxTakesEveryLongitude() {
        Circle.BoundingBox polar = new Circle(GeoPoint.of(89.99, 0), 5000).boundingBox();
        assertEquals(new BigDecimal("-180.000000"), polar.minLongitude());
        assertEquals(new BigDecimal("90.000000"), polar.maxLatitude());
        Circle.BoundingBox dateLine = new Circle(GeoPoint.of(0, 179.995), 1000).boundingBox();
        assertEquals(new BigDecimal("180.000000"), dateLine.maxLongitude());
        assertEquals(new BigDecimal("-180.000000"), dateLine.minLongitude());
    }

    @Test
    void walkingMinutesAtFourKilometresAnHour() {
        assertEquals(15, Circle.walkMinutes(1000));
        assertEquals(1, Circle.walkMinutes(0));
        assertEquals(1, Circle.walkMinutes(66));
        assertEquals(2, Circle.walkMinutes(67));
    }

    /** The point at a distance and bearing on the sphere (the direct geodesic problem on a sphere). */
    private static GeoPoint destination(GeoPoint from, double bearing, double metres) {
        double angular = metres / GeoPoint.EARTH_RADIUS_METRES;
        double lat1 = Math.toRadians(from.latitude().doubleValue());
        double lon1 = Math.toRadians(from.longitude().doubleValue());
        double lat2 = Math.asin(Math.sin(lat1) * Math.cos(angular) + Math.cos(lat1) * Math.sin(angular) * Math.cos(bearing));
        double lon2 = lon1 + Math.atan2(Math.sin(bearing) * Math.sin(angular) * Math.cos(lat1),
                Math.cos(angular) - Math.sin(lat1) * Math.sin(lat2));
        double lon = Math.toDegrees(lon2);
        lon = ((lon + 540) % 360) - 180;
        return GeoPoint.of(Math.toDegrees(lat2), lon);
    }
}
