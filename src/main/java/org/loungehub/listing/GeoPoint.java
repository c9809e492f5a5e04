package org.loungehub.listing;

public record GeoPoint(double lat, double lon) {
}
