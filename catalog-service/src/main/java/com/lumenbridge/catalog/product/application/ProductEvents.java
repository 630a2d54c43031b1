package com.lumenbridge.catalog.product.application;

import com.lumenbridge.catalog.product.domain.Money;
import com.lumenbridge.catalog.product.domain.ProductChange;
import com.lumenbridge.catalog.product.domain.ProductDetails;
import com.lumenbridge.catalog.product.domain.ProductState;
import com.lumenbridge.platform.events.catalog.Price;
import com.lumenbridge.platform.events.catalog.ProductDiscontinued;
import com.lumenbridge.platform.events.catalog.ProductDrafted;
import com.lumenbridge.platform.events.catalog.ProductEvent;
import com.lumenbridge.platform.events.catalog.ProductPriceChanged;
import com.lumenbridge.platform.events.catalog.ProductPublished;
import com.lumenbridge.platform.events.catalog.ProductSnapshot;
import com.lumenbridge.platform.events.catalog.ProductUpdated;
import java.util.List;

/** Turns what the product domain did into the integration events other services read. */
public final class ProductEvents {

    private ProductEvents() {
    }

    public static List<ProductEvent> of(List<ProductChange> changes) {
        return changes.stream().map(ProductEvents::of).toList();
    }

    public static ProductEvent of(ProductChange change) {
        ProductSnapshot snapshot = snapshot(change.product());
        if (change instanceof ProductChange.Drafted) {
            return new ProductDrafted(snapshot);
        } else if (change instanceof ProductChange.Revised) {
            return new ProductUpdated(snapshot);
        } else if (change instanceof ProductChange.Repriced repriced) {
            return new ProductPriceChanged(snapshot, price(repriced.previousListPrice()));
        } else if (change instanceof ProductChange.Published) {
            return new ProductPublished(snapshot);
        } else if (change instanceof ProductChange.Discontinued) {
            return new ProductDiscontinued(snapshot);
        }
        throw new IllegalArgumentException("unknown change " + change);
    }

    public static ProductSnapshot snapshot(ProductState state) {
        ProductDetails d = state.details();
        return new ProductSnapshot(state.sku(), state.manufacturerId(), state.version(), state.status().name(), d.name(),
            d.description(), d.category().wireName(), d.segment().name(), d.watts(), d.lumens(), d.efficacy(),
            d.cctKelvin(), d.cri(), d.beamAngle(), d.base().wireName(), d.ipRating().code(), d.dimmable(), d.voltage(),
            d.lifetimeHours(), d.energyClass().name(), price(d.listPrice()), state.createdAt(), state.updatedAt());
    }

    public static Price price(Money money) {
        return new Price(money.amountMinor(), money.currency());
    }
}
