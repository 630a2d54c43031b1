/** The orders HTTP API: placement with Idempotency-Key, reads, and the parties' status changes. */
package com.lumenbridge.order.order.web;
