/** Helpers every CRM feature shares: who may use the CRM, paging, Mongo error checks. */
package com.lumenbridge.crm.common;
