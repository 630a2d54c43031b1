package com.lumenbridge.order.order.application;

import com.lumenbridge.order.order.domain.Customer;
import com.lumenbridge.order.order.domain.Fulfillment;
import java.util.List;

/** A well-formed {@code POST /api/orders} body, before the catalog has been asked about its SKUs. */
public record OrderRequest(Customer customer, Fulfillment fulfillment, List<Line> lines) {

    public OrderRequest {
        lines = List.copyOf(lines);
    }

    public record Line(String sku, int quantity) {
    }
}
