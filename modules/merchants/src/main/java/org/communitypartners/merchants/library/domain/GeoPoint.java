package org.communitypartners.merchants.library.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.merchants.MerchantsModule;

/**
 * A WGS-84 position as stored: degrees with at most six decimals (about 0.1 m), latitude within
 * ±90 and longitude within ±180. Distances are great-circle (haversine) metres, computed here only.
 */
public record GeoPoint(BigDecimal latitude, BigDecimal longitude) {
    /** The mean Earth radius (IUGG), metres. */
    public static final double EARTH_RADIUS_METRES = 6_371_008.8;
    public static final int SCALE = 6;
    private static final BigDecimal MAX_LATITUDE = BigDecimal.valueOf(90);
    private static final BigDecimal MAX_LONGITUDE = BigDecimal.valueOf(180);

    public GeoPoint {
        if (latitude == null || longitude == null) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "geo.required");
        }
        if (latitude.abs().compareTo(MAX_LATITUDE) > 0 || longitude.abs().compareTo(MAX_LONGITUDE) > 0) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "geo.range", latitude.toPlainString(),
                    longitude.toPlainString());
        }
        latitude = latitude.setScale(SCALE, RoundingMode.HALF_UP);
        longitude = longitude.setScale(SCALE, RoundingMode.HALF_UP);
    }

    public static GeoPoint of(String latitude, String longitude) {
        return new GeoPoint(decimal(latitude), decimal(longitude));
    }

    public static GeoPoint of(double latitude, double longitude) {
        return new GeoPoint(BigDecimal.valueOf(latitude), BigDecimal.valueOf(longitude));
    }

    /** Great-circle distance by the haversine formula, in metres. */
    public double metresTo(GeoPoint other) {
        double lat1 = Math.toRadians(latitude.doubleValue());
        double lat2 = Math.toRadians(other.latitude.doubleValue());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude.doubleValue() - longitude.doubleValue());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static BigDecimal decimal(String text) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "geo.required");
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "geo.notANumber", text.strip());
        }
    }
}
