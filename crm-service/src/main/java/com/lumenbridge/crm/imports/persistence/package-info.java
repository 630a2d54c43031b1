/** Mongo storage of import jobs. */
package com.lumenbridge.crm.imports.persistence;
