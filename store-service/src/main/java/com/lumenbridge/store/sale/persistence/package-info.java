/** Offline sales in Mongo, keyed by store and idempotency key, with their own outbox and a lease while pending. */
package com.lumenbridge.store.sale.persistence;
