/** Whether a store can fulfil an in-store order of a manufacturer: framework-free rules. */
package com.lumenbridge.order.store.domain;
