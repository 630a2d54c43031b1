/** Import use cases: accept a file, run it as a bounded asynchronous job, upsert valid rows in batches, report progress. */
package com.lumenbridge.catalog.imports.application;
