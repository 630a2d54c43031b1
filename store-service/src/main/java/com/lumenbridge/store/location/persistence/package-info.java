/** Locations in Mongo, one document each, with their position as plain lat/lng fields for the bounding-box pre-filter. */
package com.lumenbridge.store.location.persistence;
