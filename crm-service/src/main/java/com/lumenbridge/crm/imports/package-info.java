/** Legacy CRM imports: a CSV with a column mapping, merged into profiles by identity, as an asynchronous job. */
package com.lumenbridge.crm.imports;
