package com.lumenbridge.catalog.search;

import com.lumenbridge.catalog.product.application.ProductEvents;
import com.lumenbridge.catalog.product.domain.Product;
import com.lumenbridge.catalog.product.domain.ProductRules;
import com.lumenbridge.catalog.product.domain.ProductStatus;
import com.lumenbridge.catalog.sampledata.CatalogGenerator;
import com.lumenbridge.catalog.sampledata.GeneratedProduct;
import com.lumenbridge.platform.events.catalog.ProductSnapshot;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Generated catalogs as the snapshots the index holds, built through the real domain rules. */
public final class TestCatalogs {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    private TestCatalogs() {
    }

    /**
     * {@code count} products of {@code manufacturerId}; with {@code mixStatuses} about 15 % stay
     * DRAFT and 10 % are DISCONTINUED, the rest ACTIVE.
     */
    public static List<ProductSnapshot> snapshots(String manufacturerId, String brand, String currency, long seed,
            int count, boolean mixStatuses) {
        Random statuses = new Random(seed * 31 + 7);
        List<ProductSnapshot> snapshots = new ArrayList<>(count);
        for (GeneratedProduct generated : new CatalogGenerator(seed, brand, currency).generate(count)) {
            Product product = Product.draft(manufacturerId, generated.input().sku(),
                ProductRules.validate(generated.input()), CLOCK);
            double roll = mixStatuses ? statuses.nextDouble() : 1;
            if (roll >= 0.15) {
                product.moveTo(ProductStatus.ACTIVE, CLOCK);
            }
            if (roll >= 0.15 && roll < 0.25) {
                product.moveTo(ProductStatus.DISCONTINUED, CLOCK);
            }
            snapshots.add(ProductEvents.snapshot(product.state()));
        }
        return snapshots;
    }
}
