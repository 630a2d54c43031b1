/** Driving reservations: reserving an order's lines all or nothing, releasing, committing, expiring and recovering after a crash. */
package com.lumenbridge.store.reservation.application;
