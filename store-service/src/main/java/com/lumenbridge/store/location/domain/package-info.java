/** Stores and warehouses: where they are, when they open, what they offer and whose products they carry. */
package com.lumenbridge.store.location.domain;
