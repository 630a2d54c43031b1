/**
 * Integration events of order-service on {@code order.order.v1}, keyed by order id so one order's
 * events stay in order. They carry what the consumers need to act on an order (its location, lines
 * and fulfillment), never the customer's contact details.
 */
package com.lumenbridge.platform.events.order;
