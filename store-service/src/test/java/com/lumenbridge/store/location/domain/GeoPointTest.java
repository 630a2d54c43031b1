package com.lumenbridge.store.location.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.lumenbridge.platform.identity.TenantKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GeoPointTest {

    @Test
    void measuresShanghaiToBeijingAsAbout1068Km() {
        assertThat(new GeoPoint(31.2304, 121.4737).distanceKm(new GeoPoint(39.9042, 116.4074))).isCloseTo(1067.3, within(2.0));
    }

    @Test
    void itsBoundingBoxContainsEveryPointWithinTheRadius() {
        Random random = new Random(7);
        for (int i = 0; i < 5000; i++) {
            GeoPoint centre = new GeoPoint(random.nextDouble() * 170 - 85, random.nextDouble() * 360 - 180);
            GeoPoint other = new GeoPoint(Math.max(-90, Math.min(90, centre.lat() + random.nextGaussian())),
                Math.max(-180, Math.min(180, centre.lng() + random.nextGaussian())));
            double radius = 1 + random.nextDouble() * 199;
            if (centre.distanceKm(other) <= radius) {
                GeoPoint.Box box = centre.boundingBox(radius);
                assertThat(other.lat()).isBetween(box.minLat(), box.maxLat());
                assertThat(other.lng()).isBetween(box.minLng(), box.maxLng());
            }
        }
    }

    @Test
    void rejectsCoordinatesOffTheGlobe() {
        assertThatThrownBy(() -> new GeoPoint(91, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoPoint(0, -181)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDealerOwnsStoresAndAManufacturerOwnsWarehouses() {
        assertThat(LocationType.STORE.mayBeOwnedBy(TenantKind.DEALER)).isTrue();
        assertThat(LocationType.STORE.mayBeOwnedBy(TenantKind.MANUFACTURER)).isFalse();
        assertThat(LocationType.WAREHOUSE.mayBeOwnedBy(TenantKind.MANUFACTURER)).isTrue();
        assertThat(LocationType.WAREHOUSE.mayBeOwnedBy(TenantKind.STOREFRONT)).isFalse();
    }

    @Test
    void rejectsAStoreNamingAnUnpartneredManufacturer() {
        assertThatThrownBy(() -> Location.register("s1", "dealer", TenantKind.DEALER, LocationType.STORE, "Hall",
            new Address("1 St", null, "Shanghai", null, "CN"), new GeoPoint(31, 121), hours(), Set.of(),
            List.of("partner", "stranger"), 30, 1, "partner"::equals, Instant.now()))
            .isInstanceOf(LocationNotAllowed.class).hasMessageContaining("manufacturers[1]");
    }

    @Test
    void slotsFollowTheOpeningHoursInTheStoresOwnTimeZone() {
        var slots = hours().slotsOn(LocalDate.of(2025, 3, 3), 60);

        assertThat(slots).hasSize(9);
        assertThat(slots.get(0).start()).isEqualTo(Instant.parse("2025-03-03T01:00:00Z"));
        assertThat(slots.get(8).end()).isEqualTo(Instant.parse("2025-03-03T10:00:00Z"));
        assertThat(hours().slotsOn(LocalDate.of(2025, 3, 4), 60)).isEmpty();
    }

    private static OpeningHours hours() {
        return new OpeningHours(ZoneId.of("Asia/Shanghai"), Map.of(java.time.DayOfWeek.MONDAY,
            List.of(new OpeningHours.Interval(LocalTime.of(9, 0), LocalTime.of(18, 0)))));
    }
}
