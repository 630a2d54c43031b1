/** Order events become webhook messages. */
package com.lumenbridge.order.webhook.messaging;
