/** The partnership projection in Mongo, one document per manufacturer and partner. */
package com.lumenbridge.store.partner.persistence;
