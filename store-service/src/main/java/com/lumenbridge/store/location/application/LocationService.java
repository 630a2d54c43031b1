package com.lumenbridge.store.location.application;

import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.Scope;
import com.lumenbridge.platform.identity.TenantKind;
import com.lumenbridge.platform.problem.Conflict;
import com.lumenbridge.platform.problem.FieldError;
import com.lumenbridge.platform.problem.InvalidInput;
import com.lumenbridge.platform.problem.NotFound;
import com.lumenbridge.platform.problem.ProblemTypes;
import com.lumenbridge.store.common.NotPermitted;
import com.lumenbridge.store.common.Page;
import com.lumenbridge.store.common.PageRequest;
import com.lumenbridge.store.inventory.persistence.StockLedger;
import com.lumenbridge.store.location.domain.GeoPoint;
import com.lumenbridge.store.location.domain.Location;
import com.lumenbridge.store.location.domain.LocationNotAllowed;
import com.lumenbridge.store.location.domain.LocationType;
import com.lumenbridge.store.location.persistence.MongoLocations;
import com.lumenbridge.store.partner.persistence.Partnerships;
import java.net.URI;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/** Locations as their owners manage them, and the locator as partners see it. */
public class LocationService {

    public static final double MAX_RADIUS_KM = 200;
    public static final URI LOCATION_IN_USE = ProblemTypes.of("location-in-use");

    private final MongoLocations locations;
    private final Partnerships partnerships;
    private final StockLedger stock;
    private final Clock clock;
    private final Predicate<String> hasUpcomingAppointments;

    /**
     * {@code hasUpcomingAppointments} answers for a store id whether a booked appointment's slot is still
     * to come; it keeps a store with bookings from closing.
     */
    public LocationService(MongoLocations locations, Partnerships partnerships, StockLedger stock, Clock clock,
            Predicate<String> hasUpcomingAppointments) {
        this.locations = locations;
        this.partnerships = partnerships;
        this.stock = stock;
        this.clock = clock;
        this.hasUpcomingAppointments = hasUpcomingAppointments;
    }

    public Location register(Caller caller, LocationDraft draft) {
        caller.require(Scope.INVENTORY_WRITE);
        try {
            Location location = Location.register(UUID.randomUUID().toString(), caller.tenantId(), caller.kind(), draft.type(),
                draft.name(), draft.address(), draft.point(), draft.hours(), draft.services(), draft.manufacturers(),
                draft.slotMinutes(), draft.capacity(), m -> partnerships.active(m, caller.tenantId()), clock.instant());
            locations.insert(location);
            return location;
        } catch (LocationNotAllowed e) {
            throw new InvalidInput(e.violations().stream().map(v -> new FieldError(v.field(), v.message())).toList());
        }
    }

    /** Replaces the details of the caller's location, by the same rules as registering it. */
    public Location update(Caller caller, String id, LocationDraft draft) {
        caller.require(Scope.INVENTORY_WRITE);
        Location current = owned(caller, id);
        Location revised;
        try {
            revised = current.revise(caller.kind(), draft.type(), draft.name(), draft.address(), draft.point(), draft.hours(),
                draft.services(), draft.manufacturers(), draft.slotMinutes(), draft.capacity(),
                m -> partnerships.active(m, caller.tenantId()));
        } catch (LocationNotAllowed e) {
            throw new InvalidInput(e.violations().stream().map(v -> new FieldError(v.field(), v.message())).toList());
        }
        if (!locations.replace(revised)) {
            throw new NotFound("Store", id);
        }
        return revised;
    }

    /**
     * Closes the caller's location: refused (409) while stock is held there for orders or sales or a
     * booked appointment is still to come. It is marked closed first and the checks run after, so an
     * order or booking that arrives meanwhile already finds it gone; if a check finds something, the
     * closing is taken back.
     */
    public void close(Caller caller, String id) {
        caller.require(Scope.INVENTORY_WRITE);
        Location location = owned(caller, id);
        if (!locations.close(caller.tenantId(), location.id(), clock.instant())) {
            throw new NotFound("Store", id);
        }
        String inUse = stock.hasHolds(location.id()) ? "stock is held there for orders"
            : hasUpcomingAppointments.test(location.id()) ? "booked appointments are still to come" : null;
        if (inUse != null) {
            locations.reopen(caller.tenantId(), location.id());
            throw new Conflict(LOCATION_IN_USE, "Location '" + id + "' cannot close while " + inUse);
        }
    }

    /** The caller's own location; anyone else's id is answered exactly like an unknown one. */
    public Location owned(Caller caller, String id) {
        return locations.findOwned(caller.tenantId(), id).orElseThrow(() -> new NotFound("Store", id));
    }

    /** The caller's own location, for reading; anyone else's id is 404 whatever the caller's scopes. */
    public Location readOwned(Caller caller, String id) {
        Location location = owned(caller, id);
        caller.require(Scope.STORES_READ);
        return location;
    }

    /**
     * The owner's location in full; for a storefront, the public face of a store the locator would
     * show it (one carrying a manufacturer it is partnered with, whose dealer is partnered with that
     * manufacturer too). Any other id is 404 whatever the caller's scopes, so a missing scope never
     * confirms an id exists.
     */
    public Visible get(Caller caller, String id) {
        Optional<Location> own = locations.findOwned(caller.tenantId(), id);
        if (own.isPresent()) {
            caller.require(Scope.STORES_READ);
            return new Visible(own.get(), true);
        }
        if (caller.is(TenantKind.STOREFRONT)) {
            Optional<Location> store = locations.find(id).filter(l -> l.type() == LocationType.STORE)
                .filter(l -> visibleToStorefront(caller.tenantId(), l));
            if (store.isPresent()) {
                caller.require(Scope.STORES_READ);
                return new Visible(store.get(), false);
            }
        }
        throw new NotFound("Store", id);
    }

    private boolean visibleToStorefront(String storefrontId, Location store) {
        Set<String> manufacturers = partnerships.manufacturersOf(storefrontId);
        Set<String> dealerPartnerships = partnerships.activeKeysOf(manufacturers);
        return store.manufacturers().stream().anyMatch(m -> manufacturers.contains(m)
            && dealerPartnerships.contains(Partnerships.key(m, store.tenantId())));
    }

    /** A location as one caller may see it: in full by its owner, its public face by a partner. */
    public record Visible(Location location, boolean owner) {
    }

    public Page<Location> list(Caller caller, PageRequest page) {
        caller.require(Scope.STORES_READ);
        return locations.listOwned(caller.tenantId(), page);
    }

    /**
     * Stores within {@code radiusKm} of {@code from}, nearest first: a storefront sees stores carrying a
     * manufacturer it is partnered with (whose dealer is partnered with that manufacturer too), a dealer its
     * own stores. With a SKU only stores with at least {@code quantity} available, and their available count.
     */
    public Page<Nearby> nearby(Caller caller, GeoPoint from, double radiusKm, String sku, int quantity, PageRequest page) {
        caller.require(Scope.STORES_READ);
        List<Location> candidates;
        if (caller.is(TenantKind.DEALER)) {
            candidates = locations.storesIn(from.boundingBox(radiusKm), caller.tenantId(), null);
        } else if (caller.is(TenantKind.STOREFRONT)) {
            Set<String> manufacturers = partnerships.manufacturersOf(caller.tenantId());
            if (manufacturers.isEmpty()) {
                return new Page<>(List.of(), 0, page.page(), page.size());
            }
            Set<String> dealerPartnerships = partnerships.activeKeysOf(manufacturers);
            candidates = locations.storesIn(from.boundingBox(radiusKm), null, manufacturers).stream()
                .filter(store -> store.manufacturers().stream().anyMatch(m -> manufacturers.contains(m)
                    && dealerPartnerships.contains(Partnerships.key(m, store.tenantId()))))
                .toList();
        } else {
            throw new NotPermitted("The store locator serves storefronts and dealers");
        }
        List<Nearby> within = candidates.stream()
            .map(store -> new Nearby(store, from.distanceKm(store.point()), null))
            .filter(n -> n.distanceKm() <= radiusKm)
            .toList();
        if (sku != null) {
            Map<String, Integer> available = stock.availableAt(within.stream().map(n -> n.store().id()).toList(), sku, quantity);
            within = within.stream().filter(n -> available.containsKey(n.store().id()))
                .map(n -> new Nearby(n.store(), n.distanceKm(), available.get(n.store().id()))).toList();
        }
        List<Nearby> sorted = within.stream()
            .sorted(Comparator.comparingDouble(Nearby::distanceKm).thenComparing(n -> n.store().id())).toList();
        List<Nearby> items = sorted.stream().skip(page.offset()).limit(page.size()).toList();
        return new Page<>(items, sorted.size(), page.page(), page.size());
    }

    /** A store found by the locator, its distance and, when a SKU was asked for, its available count. */
    public record Nearby(Location store, double distanceKm, Integer available) {
    }

    /** What an owner submits to register a location, already read and checked field by field. */
    public record LocationDraft(com.lumenbridge.store.location.domain.LocationType type, String name,
            com.lumenbridge.store.location.domain.Address address, GeoPoint point,
            com.lumenbridge.store.location.domain.OpeningHours hours,
            Set<com.lumenbridge.store.location.domain.Offering> services, List<String> manufacturers, int slotMinutes,
            int capacity) {

        public LocationDraft {
            services = Set.copyOf(new HashSet<>(services));
            manufacturers = List.copyOf(manufacturers);
        }
    }
}
