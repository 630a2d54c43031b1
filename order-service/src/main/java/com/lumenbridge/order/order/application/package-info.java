/** Order use cases: idempotent placement, scoped reads, the parties' transitions and the reservation saga. */
package com.lumenbridge.order.order.application;
