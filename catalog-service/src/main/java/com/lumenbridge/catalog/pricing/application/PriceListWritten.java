package com.lumenbridge.catalog.pricing.application;

import com.lumenbridge.catalog.pricing.domain.PriceList;

/** Published in-process right after a price list was stored, so this instance's search prices it at once. */
public record PriceListWritten(PriceList priceList) {
}
