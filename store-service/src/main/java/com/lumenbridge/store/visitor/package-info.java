/** The visitor of a store as appointments, visits and offline sales record them. */
package com.lumenbridge.store.visitor;
