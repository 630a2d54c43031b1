package com.lumenbridge.platform.events.catalog;

import com.lumenbridge.platform.events.EventType;
import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.events.Topics;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A manufacturer created or changed a price list: its whole state at {@link #version()}. A
 * partner buying at this list pays the override for a SKU if there is one (in {@link #currency()}),
 * otherwise the list price less {@link #discountPercent()}, rounded half-up to the minor unit, when
 * the list price is in {@link #currency()}; a product it cannot price that way is not offered.
 */
@EventType(type = "lumenbridge.catalog.PriceListChanged.v1", topic = Topics.CATALOG_PARTNERSHIP)
public record PriceListChanged(
    String manufacturerId,
    String priceListId,
    long version,
    String currency,
    BigDecimal discountPercent,
    List<SkuPrice> overrides) implements IntegrationEvent {

    public PriceListChanged {
        Objects.requireNonNull(manufacturerId, "manufacturerId");
        Objects.requireNonNull(priceListId, "priceListId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(discountPercent, "discountPercent");
        overrides = List.copyOf(overrides);
    }

    @Override
    public String aggregateId() {
        return manufacturerId + ":" + priceListId;
    }

    /** A fixed price for one SKU, in minor units of the list's currency. */
    public record SkuPrice(String sku, long amountMinor) {

        public SkuPrice {
            Objects.requireNonNull(sku, "sku");
        }
    }
}
