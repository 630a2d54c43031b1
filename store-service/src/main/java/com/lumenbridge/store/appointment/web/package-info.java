/** {@code /api/stores/{id}/appointments}: free places per slot, booking, the dealer's day list, and ending a booking. */
package com.lumenbridge.store.appointment.web;
