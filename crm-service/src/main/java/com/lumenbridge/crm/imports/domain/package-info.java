/** Legacy CRM import rules: the column mapping, reading a row, limits and the job's lifecycle. */
package com.lumenbridge.crm.imports.domain;
