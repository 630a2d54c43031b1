/** Reacts to {@code order.order.v1}: placed orders are reserved, cancelled or declined ones released, completed ones committed. */
package com.lumenbridge.store.reservation.messaging;
