/** The tenant directory in MongoDB. */
package com.lumenbridge.catalog.tenant.persistence;
