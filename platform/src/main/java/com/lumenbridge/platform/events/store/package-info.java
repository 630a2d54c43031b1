/**
 * Integration events of store-service. On {@code store.inventory.v1}: stock changes of one location
 * and SKU ({@link com.lumenbridge.platform.events.store.InventoryChanged}, keyed by
 * {@code locationId:sku}) and the reservation answers to orders (keyed by order id, so one order's
 * reservation events stay in order). On {@code store.activity.v1}: appointments, visits and offline
 * sales for the CRM, keyed by the appointment, visit or sale id; they name the visitor only when the
 * visitor consented.
 */
package com.lumenbridge.platform.events.store;
