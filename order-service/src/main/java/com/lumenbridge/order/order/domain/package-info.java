/** The order aggregate: its lines and price snapshot, and the status machine with who may move it. */
package com.lumenbridge.order.order.domain;
