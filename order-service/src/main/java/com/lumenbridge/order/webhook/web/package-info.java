/** The webhook API: the storefront's endpoint and its delivery log. */
package com.lumenbridge.order.webhook.web;
