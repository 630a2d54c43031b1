package com.lumenbridge.catalog.product.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** {@code lumenbridge.catalog.products.written}: product writes by source (api, import) and outcome. */
public class ProductMetrics {

    private final MeterRegistry meters;

    public ProductMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    public void written(String source, String outcome, long count) {
        if (count > 0) {
            Counter.builder("lumenbridge.catalog.products.written")
                .description("Product writes by source and outcome (created, updated, published, discontinued, unchanged, rejected)")
                .tags("source", source, "outcome", outcome)
                .register(meters)
                .increment(count);
        }
    }
}
