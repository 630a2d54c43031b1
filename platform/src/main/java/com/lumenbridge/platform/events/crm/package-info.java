/** Integration events of crm-service on {@code crm.customer.v1}, keyed by customer id, and the shared identity normalisation. */
package com.lumenbridge.platform.events.crm;
