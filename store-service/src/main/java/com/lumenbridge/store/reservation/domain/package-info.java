/** The reservation life cycle and the hold durations per fulfillment type. */
package com.lumenbridge.store.reservation.domain;
