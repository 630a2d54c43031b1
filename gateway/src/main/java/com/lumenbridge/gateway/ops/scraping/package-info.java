/** Reading a service's {@code /actuator/health} and {@code /actuator/prometheus} over HTTP, and the gateway's own in process. */
package com.lumenbridge.gateway.ops.scraping;
