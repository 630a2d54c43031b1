/**
 * Integration events of order-service on {@code order.order.v1}, keyed by order id so one order's
 * events stay in order. There is one event per status change; each names the storefront and the
 * manufacturer so a consumer can scope it without keeping the order. {@link
 * com.lumenbridge.platform.events.order.OrderPlaced} alone carries the customer (the CRM builds
 * profiles from it); {@code CustomerErased} on {@code crm.customer.v1} tells order-service to mask it.
 */
package com.lumenbridge.platform.events.order;
