/**
 * The operations view: every service's health and metrics read on demand from its own actuator
 * endpoints, turned into rates, latency percentiles and backlogs for the {@code /ops} page.
 */
package com.lumenbridge.gateway.ops;
