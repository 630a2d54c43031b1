/** Health and tracing defaults: Kafka readiness, W3C trace context carried from a write to the events it causes. */
package com.lumenbridge.platform.observability;
