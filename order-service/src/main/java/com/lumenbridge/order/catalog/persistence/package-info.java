/** The catalog projection in MongoDB, highest version wins. */
package com.lumenbridge.order.catalog.persistence;
