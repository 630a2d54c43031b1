/** Webhooks to partner storefronts: one signed endpoint each, at-least-once delivery with backoff and a delivery log. */
package com.lumenbridge.order.webhook;
