/** The appointment rules: which slots a store offers, who may be booked into them, and how a booking ends. */
package com.lumenbridge.store.appointment.domain;
