/** HTTP API of legacy CRM imports. */
package com.lumenbridge.crm.imports.web;
