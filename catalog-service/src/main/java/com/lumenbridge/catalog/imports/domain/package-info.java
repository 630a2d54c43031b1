/** An import job's lifecycle and what it reports: QUEUED → RUNNING → COMPLETED or FAILED, rows done and failed, per-row errors. */
package com.lumenbridge.catalog.imports.domain;
