/** Webhook rules: Standard Webhooks signatures, which targets may receive, and the retry schedule. */
package com.lumenbridge.order.webhook.domain;
