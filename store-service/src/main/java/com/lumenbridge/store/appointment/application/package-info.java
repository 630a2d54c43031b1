/** Booking, listing and ending appointments for the owning dealer, and repairing places a crash left taken. */
package com.lumenbridge.store.appointment.application;
