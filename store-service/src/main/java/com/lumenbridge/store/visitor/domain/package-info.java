/** Who came to a store, identified by email or phone, and which consents they gave at the counter. */
package com.lumenbridge.store.visitor.domain;
