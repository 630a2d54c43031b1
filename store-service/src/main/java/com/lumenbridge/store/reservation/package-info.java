/** Reservations: holding every line of an order at one location, all or nothing, until it completes, is released or expires. */
package com.lumenbridge.store.reservation;
