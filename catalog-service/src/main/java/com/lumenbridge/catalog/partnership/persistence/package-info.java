/** Partnerships in MongoDB, {@code _id} = manufacturerId:partnerTenantId, with their outbox. */
package com.lumenbridge.catalog.partnership.persistence;
