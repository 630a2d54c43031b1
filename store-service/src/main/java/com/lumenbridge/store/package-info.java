/** The store service: locations, inventory, reservations, appointments, visits and offline sales; reached only through the gateway. */
package com.lumenbridge.store;
