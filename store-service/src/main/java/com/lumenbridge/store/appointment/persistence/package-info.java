/**
 * Appointments in Mongo: one document per appointment carrying its own outbox, and one document per
 * (store, service, slot start) counting the places taken, moved only by a guarded {@code $inc}.
 */
package com.lumenbridge.store.appointment.persistence;
