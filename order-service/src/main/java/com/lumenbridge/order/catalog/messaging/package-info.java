/** Catalog events applied to the local projection. */
package com.lumenbridge.order.catalog.messaging;
