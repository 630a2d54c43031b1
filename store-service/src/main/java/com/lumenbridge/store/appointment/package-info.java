/** Showroom and consultation appointments: slots from opening hours, bookings that never exceed a slot's capacity. */
package com.lumenbridge.store.appointment;
