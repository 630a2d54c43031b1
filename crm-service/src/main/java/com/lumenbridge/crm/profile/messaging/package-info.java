/** Consumes order, store activity and catalog events into profiles and the product projection. */
package com.lumenbridge.crm.profile.messaging;
