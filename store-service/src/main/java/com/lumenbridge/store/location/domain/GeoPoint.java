package com.lumenbridge.store.location.domain;

/** A WGS 84 position; distances are great-circle (haversine) on a sphere of the mean Earth radius. */
public record GeoPoint(double lat, double lng) {

    public static final double EARTH_RADIUS_KM = 6371.0088;

    public GeoPoint {
        if (!(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("lat must be between -90 and 90");
        }
        if (!(lng >= -180 && lng <= 180)) {
            throw new IllegalArgumentException("lng must be between -180 and 180");
        }
    }

    public double distanceKm(GeoPoint other) {
        double dLat = Math.toRadians(other.lat - lat);
        double dLng = Math.toRadians(other.lng - lng);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat)) * Math.sin(dLng / 2) * Math.sin(dLng / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /**
     * A latitude/longitude box that contains every point within {@code radiusKm}: a cheap index-friendly
     * pre-filter, refined by {@link #distanceKm}. Near a pole or across the antimeridian the box spans all
     * longitudes rather than wrapping.
     */
    public Box boundingBox(double radiusKm) {
        double dLat = Math.toDegrees(radiusKm / EARTH_RADIUS_KM);
        double minLat = Math.max(-90, lat - dLat);
        double maxLat = Math.min(90, lat + dLat);
        if (minLat <= -90 || maxLat >= 90) {
            return new Box(minLat, maxLat, -180, 180);
        }
        double dLng = Math.toDegrees(Math.asin(Math.min(1, Math.sin(radiusKm / EARTH_RADIUS_KM) / Math.cos(Math.toRadians(lat)))));
        double minLng = lng - dLng;
        double maxLng = lng + dLng;
        if (minLng < -180 || maxLng > 180) {
            return new Box(minLat, maxLat, -180, 180);
        }
        return new Box(minLat, maxLat, minLng, maxLng);
    }

    public record Box(double minLat, double maxLat, double minLng, double maxLng) {
    }
}
