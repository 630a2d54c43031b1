/**
 * Integration events of catalog-service. Product events go to {@code catalog.product.v1} keyed by SKU;
 * partnership and price-list events to {@code catalog.partnership.v1} keyed by
 * {@code manufacturerId:partnerTenantId} or {@code manufacturerId:priceListId}. Each carries the full,
 * versioned state of its aggregate, so a consumer upserts it and ignores a version it has already seen.
 */
package com.lumenbridge.platform.events.catalog;
