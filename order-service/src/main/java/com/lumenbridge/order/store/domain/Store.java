package com.lumenbridge.order.store.domain;

import com.lumenbridge.order.order.domain.FulfillmentType;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A location as store-service shows it to a storefront. {@code type}, {@code services} or
 * {@code manufacturers} is null when the answer did not show it; what is not shown is not held
 * against the store, since store-service checks type and manufacturer again when it reserves.
 */
public record Store(String id, String type, Set<String> services, Set<String> manufacturers) {

    public static final String STORE = "STORE";

    public Store {
        Objects.requireNonNull(id, "id");
        services = services == null ? null : Set.copyOf(services);
        manufacturers = manufacturers == null ? null : Set.copyOf(manufacturers);
    }

    /**
     * The service a store must offer for {@code fulfillment}: a counter to collect at for PICKUP, a
     * showroom to see the product lit in for RESERVE_AND_TRY.
     */
    public static String requiredService(FulfillmentType fulfillment) {
        return switch (fulfillment) {
            case PICKUP -> "PICKUP";
            case RESERVE_AND_TRY -> "SHOWROOM";
            case DELIVERY -> throw new IllegalArgumentException("DELIVERY is fulfilled from a warehouse, not a store");
        };
    }

    /** Why this store cannot fulfil a {@code fulfillment} order of {@code manufacturerId}'s products; empty when it can. */
    public Optional<String> refusal(String manufacturerId, FulfillmentType fulfillment) {
        if (type != null && !STORE.equals(type)) {
            return Optional.of("is a " + type + ", not a store; " + fulfillment + " needs a dealer's store");
        }
        if (manufacturers != null && !manufacturers.contains(manufacturerId)) {
            return Optional.of("does not carry this order's manufacturer");
        }
        String service = requiredService(fulfillment);
        if (services != null && !services.contains(service)) {
            return Optional.of("does not offer " + service + ", which " + fulfillment + " needs");
        }
        return Optional.empty();
    }
}
