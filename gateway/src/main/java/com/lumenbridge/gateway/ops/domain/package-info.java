/** Reading the Prometheus text format and computing rates, percentiles and backlogs from two scrapes. */
package com.lumenbridge.gateway.ops.domain;
