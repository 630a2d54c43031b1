package com.lumenbridge.store.location.domain;

import com.lumenbridge.platform.identity.TenantKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A store or warehouse owned by one tenant. Stores carry only manufacturers their dealer is actively
 * partnered with; a warehouse carries exactly its own manufacturer.
 */
public record Location(
    String id,
    String tenantId,
    LocationType type,
    String name,
    Address address,
    GeoPoint point,
    OpeningHours hours,
    Set<Offering> services,
    List<String> manufacturers,
    int slotMinutes,
    int capacity,
    Instant createdAt) {

    public static final int MIN_SLOT_MINUTES = 10;
    public static final int MAX_SLOT_MINUTES = 240;

    public Location {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(createdAt, "createdAt");
        services = Set.copyOf(services);
        manufacturers = List.copyOf(manufacturers);
        if (slotMinutes < MIN_SLOT_MINUTES || slotMinutes > MAX_SLOT_MINUTES) {
            throw new IllegalArgumentException("slotMinutes out of range");
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
    }

    /**
     * Registers a location for {@code owner}, checking the ownership rules: a dealer owns stores, a
     * manufacturer owns warehouses; a store names only manufacturers {@code partneredWith} accepts; a
     * warehouse carries its owner and nobody else.
     */
    public static Location register(String id, String owner, TenantKind ownerKind, LocationType type, String name,
            Address address, GeoPoint point, OpeningHours hours, Set<Offering> services, List<String> manufacturers,
            int slotMinutes, int capacity, Predicate<String> partneredWith, Instant now) {
        List<LocationNotAllowed.Violation> violations = new ArrayList<>();
        if (!type.mayBeOwnedBy(ownerKind)) {
            violations.add(new LocationNotAllowed.Violation("type",
                "a " + ownerKind + " may not own a " + type + " (dealers own STORE, manufacturers own WAREHOUSE)"));
        }
        List<String> carried = manufacturers;
        if (type == LocationType.WAREHOUSE) {
            if (manufacturers.stream().anyMatch(m -> !m.equals(owner))) {
                violations.add(new LocationNotAllowed.Violation("manufacturers", "a warehouse carries only its own manufacturer"));
            }
            carried = List.of(owner);
        } else {
            for (int i = 0; i < manufacturers.size(); i++) {
                if (!partneredWith.test(manufacturers.get(i))) {
                    violations.add(new LocationNotAllowed.Violation("manufacturers[" + i + "]",
                        "no ACTIVE partnership with manufacturer '" + manufacturers.get(i) + "'"));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new LocationNotAllowed(violations);
        }
        return new Location(id, owner, type, name, address, point, hours, services,
            carried.stream().distinct().toList(), slotMinutes, capacity, now);
    }

    /**
     * The same location with new details, checked by the rules of {@link #register}; its id, owner, type
     * and creation time stay.
     */
    public Location revise(TenantKind ownerKind, LocationType newType, String newName, Address newAddress, GeoPoint newPoint,
            OpeningHours newHours, Set<Offering> newServices, List<String> newManufacturers, int newSlotMinutes, int newCapacity,
            Predicate<String> partneredWith) {
        if (newType != type) {
            throw new LocationNotAllowed(List.of(new LocationNotAllowed.Violation("type", "a " + type + " cannot become a " + newType)));
        }
        return register(id, tenantId, ownerKind, type, newName, newAddress, newPoint, newHours, newServices, newManufacturers,
            newSlotMinutes, newCapacity, partneredWith, createdAt);
    }

    public boolean isOwnedBy(String tenantId) {
        return this.tenantId.equals(tenantId);
    }

    public boolean carries(String manufacturerId) {
        return manufacturers.contains(manufacturerId);
    }
}
