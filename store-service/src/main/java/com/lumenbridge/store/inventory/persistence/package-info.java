/**
 * Stock in Mongo: one document per location and SKU holding the level, the holds by order or sale,
 * the recent adjustments and the outbox. Every change is one guarded atomic update, so concurrent
 * writers can never take more than is available and a repeated hold or release changes nothing.
 */
package com.lumenbridge.store.inventory.persistence;
