package org.communitypartners.merchants.library.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.communitypartners.kernel.api.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeoPointTest {

    @Test
    void oneDegreeOfLatitudeIsAbout111195Metres() {
        // 2πR / 360 with R = 6,371,008.8 m
        assertEquals(111_195.08, GeoPoint.of(0, 0).metresTo(GeoPoint.of(1, 0)), 0.01);
    }

    @Test
    void aQuarterMeridianIsAQuarterOfTheGreatCircle() {
        assertEquals(Math.PI / 2 * GeoPoint.EARTH_RADIUS_METRES, GeoPoint.of(0, 0).metresTo(GeoPoint.of(90, 0)), 0.001);
    }

    @Test
    void londonToParisIsAbout343Kilometres() {
        GeoPoint london = GeoPoint.of(51.5074, -0.1278);
        GeoPoint paris = GeoPoint.of(48.8566, 2.3522);
        assertEquals(343_560, london.metresTo(paris), 500);
        assertEquals(london.metresTo(paris), paris.metresTo(london), 1e-6);
    }

    @Test
    void antipodesAreHalfTheGreatCircleApart() {
        assertEquals(Math.PI * GeoPoint.EARTH_RADIUS_METRES, GeoPoint.of(0, 0).metresTo(GeoPoint.of(0, 180)), 0.001);
    }

    @Test
    void samePointIsZeroMetresAway() {
        GeoPoint yimin = GeoPoint.of("32.6890", "118.9940");
        assertEquals(0, yimin.metresTo(yimin));
    }

    @Test
    void storedWithSixDecimals() {
        GeoPoint point = GeoPoint.of("32.12345678", "118.1");
        assertEquals(new BigDecimal("32.123457"), point.latitude());
        assertEquals(new BigDecimal("118.100000"), point.longitude());
    }

    @ParameterizedTest
    @CsvSource({"90,180", "-90,-180", "0,0"})
    void theEdgesOfTheRangeAreAccepted(String latitude, String longitude) {
        GeoPoint.of(latitude, longitude);
    }

    @ParameterizedTest
    @CsvSource({"90.000001,0", "-90.5,0", "0,180.000001", "0,-181"})
    void outOfRangeIsRefused(String latitude, String longitude) {
        assertEquals("geo.range", assertThrows(RuleViolation.class, () -> GeoPoint.of(latitude, longitude)).messageKey());
    }

    @Test
    void missingOrNonNumericIsRefused() {
        assertEquals("geo.required", assertThrows(RuleViolation.class, () -> GeoPoint.of(null, "118")).messageKey());
        assertEquals("geo.required", assertThrows(RuleViolation.class, () -> GeoPoint.of("32", " ")).messageKey());
        assertEquals("geo.notANumber", assertThrows(RuleViolation.class, () -> GeoPoint.of("32,1", "118")).messageKey());
    }
}
