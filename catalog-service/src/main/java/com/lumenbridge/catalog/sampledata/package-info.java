/**
 * A deterministic generator of realistic LED catalogs, for the demo, the benchmarks and the tests:
 * a library ({@link com.lumenbridge.catalog.sampledata.CatalogGenerator}) and a command
 * ({@link com.lumenbridge.catalog.sampledata.GenerateCatalog}) that writes NDJSON or CSV import files.
 */
package com.lumenbridge.catalog.sampledata;
