package com.lumenbridge.store.support;

import com.lumenbridge.platform.identity.TenantKind;
import com.lumenbridge.store.location.domain.Address;
import com.lumenbridge.store.location.domain.GeoPoint;
import com.lumenbridge.store.location.domain.Location;
import com.lumenbridge.store.location.domain.LocationType;
import com.lumenbridge.store.location.domain.Offering;
import com.lumenbridge.store.location.domain.OpeningHours;
import com.lumenbridge.store.location.persistence.MongoLocations;
import com.lumenbridge.store.partner.persistence.Partnerships;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Sets up tenants' locations and partnerships straight through the persistence beans. */
public record World(MongoLocations locations, Partnerships partnerships) {

    public static String tenant(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    public Location store(String dealer, String manufacturer, GeoPoint at) {
        partnerships.apply(manufacturer, dealer, 1, Partnerships.ACTIVE);
        Location store = Location.register(UUID.randomUUID().toString(), dealer, TenantKind.DEALER, LocationType.STORE,
            "Lumen Hall", new Address("1 Light St", null, "Shanghai", null, "CN"), at, hours(),
            Set.of(Offering.PICKUP, Offering.SHOWROOM), List.of(manufacturer), 30, 2, m -> true, Instant.now());
        locations.insert(store);
        return store;
    }

    public Location warehouse(String manufacturer, String id) {
        Location warehouse = Location.register(id, manufacturer, TenantKind.MANUFACTURER, LocationType.WAREHOUSE,
            "Central DC", new Address("9 Depot Rd", null, "Suzhou", null, "CN"), new GeoPoint(31.3, 120.6), hours(),
            Set.of(), List.of(), 30, 1, m -> true, Instant.now());
        locations.insert(warehouse);
        return warehouse;
    }

    public static OpeningHours hours() {
        return new OpeningHours(ZoneId.of("Asia/Shanghai"), Map.of(DayOfWeek.MONDAY,
            List.of(new OpeningHours.Interval(LocalTime.of(9, 0), LocalTime.of(18, 0)))));
    }
}
