/** Orders and idempotency keys in MongoDB: guarded single-document writes, events in the order's own outbox. */
package com.lumenbridge.order.order.persistence;
