/** Legacy CRM import use cases: accept a CSV and a mapping, run it as a bounded asynchronous job, report progress. */
package com.lumenbridge.crm.imports.application;
