/** Reservations in Mongo, one document per order ({@code _id} = order id) carrying its state, its driver lease and its outbox. */
package com.lumenbridge.store.reservation.persistence;
