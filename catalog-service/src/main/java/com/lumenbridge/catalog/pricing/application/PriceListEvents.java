package com.lumenbridge.catalog.pricing.application;

import com.lumenbridge.catalog.pricing.domain.Discount;
import com.lumenbridge.catalog.pricing.domain.PriceList;
import com.lumenbridge.catalog.pricing.domain.PriceListTerms;
import com.lumenbridge.platform.events.catalog.PriceListChanged;
import java.util.Map;
import java.util.stream.Collectors;

/** Price lists to and from their integration event. */
public final class PriceListEvents {

    private PriceListEvents() {
    }

    public static PriceListChanged changed(PriceList list) {
        return new PriceListChanged(list.manufacturerId(), list.priceListId(), list.version(), list.terms().currency(),
            list.terms().discount().percent(), list.terms().overrides().entrySet().stream()
                .map(e -> new PriceListChanged.SkuPrice(e.getKey(), e.getValue())).toList());
    }

    public static PriceList restore(PriceListChanged event) {
        Map<String, Long> overrides = event.overrides().stream()
            .collect(Collectors.toMap(PriceListChanged.SkuPrice::sku, PriceListChanged.SkuPrice::amountMinor));
        return PriceList.restore(event.manufacturerId(), event.priceListId(),
            new PriceListTerms(event.currency(), Discount.ofPercent(event.discountPercent()), overrides), event.version());
    }
}
