/** Visits in Mongo, each document written once together with its {@code VisitRecorded} event. */
package com.lumenbridge.store.visit.persistence;
