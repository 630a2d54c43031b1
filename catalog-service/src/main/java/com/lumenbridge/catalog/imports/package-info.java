/** Bulk imports feature. */
package com.lumenbridge.catalog.imports;
