/** Import jobs in MongoDB. */
package com.lumenbridge.catalog.imports.persistence;
