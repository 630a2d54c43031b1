/** Products in MongoDB, one document per SKU with its pending events embedded (the outbox). */
package com.lumenbridge.catalog.product.persistence;
