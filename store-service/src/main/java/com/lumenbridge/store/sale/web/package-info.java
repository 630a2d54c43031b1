/** {@code POST /api/stores/{id}/sales}: the dealer records a counter sale under an {@code Idempotency-Key}. */
package com.lumenbridge.store.sale.web;
