/** The owner's stock operations: set, adjust with an audit trail, list with low-stock filter. */
package com.lumenbridge.store.inventory.application;
