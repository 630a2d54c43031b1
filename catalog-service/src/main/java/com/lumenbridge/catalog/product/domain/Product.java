package com.lumenbridge.catalog.product.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An LED product, owned by one manufacturer, identified platform-wide by its SKU. Its verbs check
 * the lifecycle, move the version on by one per change and return what changed; a verb that would
 * change nothing returns no change and keeps the version.
 */
public final class Product {

    private ProductState state;

    private Product(ProductState state) {
        this.state = Objects.requireNonNull(state, "state");
    }

    /** A new product, as a DRAFT at version 1. */
    public static Product draft(String manufacturerId, String sku, ProductDetails details, Clock clock) {
        if (!ProductRules.isSku(sku)) {
            throw new InvalidProduct(List.of(new Violation("sku", "is not a valid SKU")));
        }
        Instant now = clock.instant();
        return new Product(new ProductState(sku, manufacturerId, ProductStatus.DRAFT, 1, details, now, now));
    }

    public static Product restore(ProductState state) {
        return new Product(state);
    }

    public ProductState state() {
        return state;
    }

    public String sku() {
        return state.sku();
    }

    public ProductStatus status() {
        return state.status();
    }

    public long version() {
        return state.version();
    }

    /** The change {@link #draft} made, for the events of a product just created. */
    public ProductChange drafted() {
        if (state.version() != 1 || state.status() != ProductStatus.DRAFT) {
            throw new IllegalStateException("Product " + sku() + " is not a fresh draft");
        }
        return new ProductChange.Drafted(state);
    }

    /**
     * Replaces the details. Allowed while DRAFT or ACTIVE. Returns {@link ProductChange.Revised}
     * when anything but the list price changed and {@link ProductChange.Repriced} when the list
     * price changed (both, for one version, when both did); nothing when nothing changed.
     */
    public List<ProductChange> revise(ProductDetails details, Clock clock) {
        if (state.status() == ProductStatus.DISCONTINUED) {
            throw new ProductDiscontinued(sku());
        }
        ProductDetails before = state.details();
        if (before.equals(details)) {
            return List.of();
        }
        boolean repriced = !before.listPrice().equals(details.listPrice());
        boolean revised = !before.withListPrice(details.listPrice()).equals(details);
        state = next(state.status(), details, clock);
        List<ProductChange> changes = new ArrayList<>(2);
        if (revised) {
            changes.add(new ProductChange.Revised(state));
        }
        if (repriced) {
            changes.add(new ProductChange.Repriced(state, before.listPrice()));
        }
        return changes;
    }

    /** DRAFT → ACTIVE. */
    public ProductChange publish(Clock clock) {
        if (state.status() != ProductStatus.DRAFT) {
            throw new ProductNotDraft(sku(), state.status());
        }
        state = next(ProductStatus.ACTIVE, state.details(), clock);
        return new ProductChange.Published(state);
    }

    /** ACTIVE → DISCONTINUED. */
    public ProductChange discontinue(Clock clock) {
        if (state.status() != ProductStatus.ACTIVE) {
            throw new ProductNotActive(sku(), state.status());
        }
        state = next(ProductStatus.DISCONTINUED, state.details(), clock);
        return new ProductChange.Discontinued(state);
    }

    /**
     * Moves the product to {@code target} by the one legal verb that leads there (publish or
     * discontinue); staying where it is changes nothing. Used by imports, where a row names the
     * status it wants.
     */
    public List<ProductChange> moveTo(ProductStatus target, Clock clock) {
        if (target == state.status()) {
            return List.of();
        }
        return switch (target) {
            case DRAFT -> throw new ProductCannotReturnToDraft(sku(), state.status());
            case ACTIVE -> List.of(publish(clock));
            case DISCONTINUED -> List.of(discontinue(clock));
        };
    }

    private ProductState next(ProductStatus status, ProductDetails details, Clock clock) {
        return new ProductState(state.sku(), state.manufacturerId(), status, state.version() + 1, details,
            state.createdAt(), clock.instant());
    }
}
