/** Price lists in MongoDB, {@code _id} = manufacturerId:priceListId, with their outbox. */
package com.lumenbridge.catalog.pricing.persistence;
